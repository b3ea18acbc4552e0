// Editorial notes worth showing beside the provenance: not the ones that only restate where
// the article first appeared ("This article was originally published on X.", "First
// published by Global Research on …"), which the original-source row already says.
import type { ArticleRecord } from '../extract/record';

// Anchored word alternations: linear on any note.
const SOURCE_NOTE =
  /^(?:this article was )?(?:first|originally) published\b|^(?:cet article a été )?(?:initialement|d[’']abord|originellement) publié|^publié (?:initialement|d[’']abord|pour la première fois)/i;

export function notesBeyondSource(r: Pick<ArticleRecord, 'notes' | 'originalSource'>): string[] {
  const publisher = r.originalSource?.publisher.trim().toLowerCase();
  if (!publisher) return r.notes;
  return r.notes.filter((note) => {
    const text = note.trim();
    const oneSentence = !/[.!?]\s+\S/.test(text);
    return !(oneSentence && SOURCE_NOTE.test(text) && text.toLowerCase().includes(publisher));
  });
}
