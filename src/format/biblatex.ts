// BibLaTeX (biber): an @online entry with `date`, `url`, `urldate` and `langid`. The first
// publication in `origdate` (only when its year differs: biblatex-apa would print
// "2015/2015"), `origpublisher` and `origtitle`, and as readable text in `note` with its link
// (the standard styles do not print the orig* fields for @online). An archived copy in
// `addendum` ("Archived by the Wayback Machine on …: \url{…}"): biblatex has no field for it.
//
//   biblatex(record, { accessed, locale, archived }) → "@online{key,\n  author = {…},\n  …\n}"
import type { ArticleRecord } from '../extract/record';
import { archiveNote, originalNote } from './data-notes';
import { bibEntry, bibtexAuthors, bibtexTitle, escapeLatex, LANGIDS, latexNote, verbatimUrl } from './latex';
import { referenceOf, type CitationOptions } from './reference';

export function biblatex(record: ArticleRecord, options: CitationOptions = {}): string {
  const ref = referenceOf(record, options);
  const fields: [string, string][] = [];
  if (ref.authors.length) fields.push(['author', bibtexAuthors(ref.authors)]);
  fields.push(['title', bibtexTitle(ref.title, record.content?.text ?? '')]);
  if (ref.issued) fields.push(['date', ref.issued]);
  fields.push(['organization', escapeLatex(ref.container)]);
  fields.push(['url', verbatimUrl(ref.url)]);
  if (ref.accessed) fields.push(['urldate', ref.accessed]);
  if (LANGIDS[ref.lang]) fields.push(['langid', LANGIDS[ref.lang]]);
  const o = ref.original;
  if (o?.otherYear && o.date) fields.push(['origdate', o.date]);
  if (o?.publisher) fields.push(['origpublisher', escapeLatex(o.publisher)]);
  if (o?.title) fields.push(['origtitle', escapeLatex(o.title)]);
  const original = originalNote(ref);
  if (original) fields.push(['note', latexNote(original, ref)]);
  const archive = archiveNote(ref);
  if (archive) fields.push(['addendum', latexNote(archive, ref)]);
  return bibEntry('online', ref.key, fields);
}
