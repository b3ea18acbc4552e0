// What the Chrome Web Store (CWS) and addons.mozilla.org (AMO) accept, in one place. Each
// limit names the page that states it; the manifest policy (manifest-policy.ts), the listing
// generator (listing.ts) and the store screenshots (test/e2e/store-screenshots.ts) read them here.

export const LIMITS = {
  /**
   * The extension's name. CWS: "maximum of 75 characters"
   * (https://developer.chrome.com/docs/extensions/reference/manifest/name). AMO: "accepts a
   * maximum of 50 characters" (https://developer.mozilla.org/en-US/docs/Mozilla/Add-ons/WebExtensions/manifest.json/name).
   */
  name: { chrome: 75, firefox: 50 },
  /**
   * The manifest description, which is also the store's short description (CWS "Summary", AMO
   * "Summary" pre-filled from it). "no more than 132 characters"
   * (https://developer.chrome.com/docs/extensions/reference/manifest/description); "In Firefox
   * and Chrome this value can be up to 132 characters"
   * (https://developer.mozilla.org/en-US/docs/Mozilla/Add-ons/WebExtensions/manifest.json/description).
   */
  description: 132,
  /**
   * `version`. CWS: "One to four dot-separated integers … between 0 and 65535, inclusive, and
   * non-zero integers can't start with 0", and not all zeros
   * (https://developer.chrome.com/docs/extensions/reference/manifest/version). AMO: numbers of up
   * to nine digits, `^(0|[1-9][0-9]{0,8})([.](0|[1-9][0-9]{0,8})){0,3}$`, no letters
   * (https://developer.mozilla.org/en-US/docs/Mozilla/Add-ons/WebExtensions/manifest.json/version).
   * Both builds carry the same version, so it must pass both.
   */
  version: { maxParts: 4, maxPart: 65535, amoPattern: /^(0|[1-9][0-9]{0,8})([.](0|[1-9][0-9]{0,8})){0,3}$/ },
  /**
   * Icon sizes, square PNGs. 128: the install dialog and the CWS listing, "You must provide a
   * 128x128-pixel extension icon" (https://developer.chrome.com/docs/webstore/images); 48: the
   * extensions page; 16: the favicon of extension pages; 32: Windows
   * (https://developer.chrome.com/docs/extensions/reference/manifest/icons).
   */
  iconSizes: [16, 32, 48, 128],
  /**
   * The Firefox add-on id (`browser_specific_settings.gecko.id`): "80 characters or less", a GUID
   * or an e-mail-like `name@domain`
   * (https://developer.mozilla.org/en-US/docs/Mozilla/Add-ons/WebExtensions/manifest.json/browser_specific_settings).
   * It can never change once a version is published, so it must not sit in a domain nobody can
   * own: the names reserved for documentation and testing (RFC 2606 and RFC 6761: example.com,
   * example.net, example.org, .example, .invalid, .localhost, .test) and mDNS's .local (RFC 6762).
   */
  geckoId: {
    maxLength: 80,
    guid: /^\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}$/i,
    emailLike: /^[a-z0-9-._]*@[a-z0-9-._]+$/i,
    placeholderDomains: ['example.com', 'example.net', 'example.org'],
    placeholderTlds: ['example', 'invalid', 'localhost', 'test', 'local'],
    /** MDN's own example GUID, which a copy-paste would bring along. */
    placeholderGuids: ['{daf44bf7-a45e-4450-979c-91cf07434c3d}', '{00000000-0000-0000-0000-000000000000}'],
  },
  /**
   * Listing images, in pixels. CWS: screenshots 1280×800 or 640×400, a small promo tile of
   * 440×280 (https://developer.chrome.com/docs/webstore/images). AMO takes PNG or JPEG
   * screenshots without a fixed size; the same 1280×800 frame is used there.
   */
  images: {
    chromeScreenshot: [
      [1280, 800],
      [640, 400],
    ],
    chromeSmallPromoTile: [440, 280],
    amoScreenshot: [1280, 800],
  },
} as const;
