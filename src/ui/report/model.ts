/**
 * The report as data, before it becomes a Google Doc: the administrative frame (Nghị định
 * 30/2020/NĐ-CP) and its sections. The gas writer lays it out; tests read it without Docs.
 */
export type ReportBlock =
  | { kind: 'paragraph'; text: string; bold?: boolean; italic?: boolean }
  | { kind: 'bullets'; items: string[] }
  | { kind: 'table'; head: string[]; rows: string[][]; total?: string[] };

/** A section heading and its content. Data sections are regenerated from the workbook; the others are the office's. */
export interface ReportSection {
  id: ReportSectionId;
  heading: string;
  data: boolean;
  blocks: ReportBlock[];
}

export type ReportSectionId = 'submission' | 'ratings' | 'clusters' | 'registrations' | 'owed' | 'visits' | 'assessment';

export interface ReportDocument {
  /** The Drive file's name. */
  name: string;
  header: {
    /** Left column: the parent body, the office (bold), the star line, then the document number. */
    parent: string;
    office: string;
    number: string;
    /** Right column: the Union's name, then the place and date (italic). */
    union: string;
    placeDate: string;
  };
  title: string[];
  intro: string;
  sections: ReportSection[];
  closing: string;
  recipients: { heading: string; lines: string[] };
  signature: string[];
}
