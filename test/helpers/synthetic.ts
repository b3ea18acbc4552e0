// Synthetic article pages in markups other than the fixtures', built from parts, so that the
// rules are tested on structure and labels rather than on one theme's classes.

const LOREM = [
  'The committee heard evidence from farmers, economists and officials over three long days of hearings in the provincial capital.',
  'Several witnesses argued that the proposed rules would concentrate bargaining power in the hands of a few suppliers and raise costs for growers.',
  'Officials replied that the changes were modest and that existing protections for small producers would remain in force for years to come.',
  'Observers noted that the debate had been shaped less by evidence than by the lobbying budgets of the largest firms in the sector.',
];

export function paragraphs(n: number, prefix = ''): string {
  return Array.from({ length: n }, (_, i) => `<p>${prefix}${LOREM[i % LOREM.length]}</p>`).join('\n');
}

export interface Parts {
  title?: string;
  head?: string;
  header?: string;
  body?: string;
  footer?: string;
  chrome?: boolean;
}

/** A page with site chrome (a news list before the article, a sidebar after) around the parts. */
export function articlePage(p: Parts): string {
  const title = p.title ?? 'Seed Patents and the Small Farmer';
  const chrome = p.chrome !== false;
  return `<!DOCTYPE html><html lang="en"><head><title>${title} - Global Research</title>${p.head ?? ''}</head><body>
${chrome ? `<div id="news"><h3>Latest News</h3><ul><li><a href="/other/1">Other story</a> <span>By <a href="https://www.globalresearch.ca/author/someone-else">Someone Else</a>, October 02, 2015</span></li></ul></div>` : ''}
<table width="100%"><tr><td valign="top" class="col">
${p.header ?? ''}
${p.body ?? paragraphs(5)}
${p.footer ?? ''}
</td><td class="side">${chrome ? '<h3>Most Popular</h3><p>Support us: <a href="/donate">Donate</a></p>' : ''}</td></tr></table>
</body></html>`;
}
