// The CSV layout, one row per term (the header row names the columns; any order, any case):
//   concept_id     the concept's id; rows with the same id are one concept (empty: the row is a concept of its own)
//   language       BCP 47 tag of the term (and of the definition and context on the row); empty: the file's language
//   term           the term as written (required)
//   type           fullForm | acronym | abbreviation | shortForm | variant (empty: fullForm)
//   status         preferred | admitted | deprecated | superseded (empty: admitted; a language with no preferred
//                  term gets its first admitted one as preferred)
//   subject_field  operation | mission | resolution | agreement | programme | body | concept | document | post |
//                  organisation (empty: concept)
//   definition     the concept's definition in the row's language (repeated on each row of that language)
//   context        a sentence showing the concept in use, in the row's language
//   term_note      a usage note on the term
//   term_id        the term's stable id
export const CSV_COLUMNS = ['concept_id', 'language', 'term', 'type', 'status', 'subject_field', 'definition', 'context', 'term_note', 'term_id'] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];
