/**
 * The office's German copy of an application (and the shape of the printout): every visible
 * question with its German label and answer, grouped by topic. Plain data on the wire.
 */

/** One question with its answer. */
export interface OfficeRow {
  /** Discriminator. */
  kind: 'row';
  /** Answer path. */
  path: string;
  /** The question (German). */
  label: string;
  /** The answer in German words, free text as typed; '' when not answered. */
  value: string;
  /** Required now but not answered: the office has to complete it. */
  missing: boolean;
  /** The citizen marked it "I don't know — ask staff". */
  askStaff: boolean;
}

/** A sub-topic, a repeatable group, or one numbered instance of it. */
export interface OfficeGroup {
  /** Discriminator. */
  kind: 'group';
  /** Answer path of the group or instance. */
  path: string;
  /** Heading (German): the group's label, or "Person 2" for an instance. */
  heading: string;
  /** Its rows and groups. */
  blocks: OfficeBlock[];
  /** A required repeatable group without any instance. */
  missing: boolean;
}

/** A row or a group. */
export type OfficeBlock = OfficeRow | OfficeGroup;

/** One topic (top-level group); top-level questions share an untitled one. */
export interface OfficeSection {
  /** The topic's heading; null for top-level questions outside any group. */
  heading: string | null;
  /** Its rows and groups. */
  blocks: OfficeBlock[];
  /** A required repeatable topic without any instance. */
  missing: boolean;
}

/** The whole copy. */
export interface OfficeDocument {
  /** Always German. */
  language: 'de';
  /** The form's German title. */
  title: string;
  /** Topics with their questions and answers. */
  sections: OfficeSection[];
}
