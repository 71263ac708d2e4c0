/** Options for {@link toQti}. */
export interface QtiOptions {
  /** Identifier of the package manifest (default `MANIFEST-<lesson id>`, or `MANIFEST-questions`). */
  manifestId?: string;
  /** Folder of the item files inside the package (default `items`). */
  itemFolder?: string;
  /**
   * Seed of the order in which options are written (default `"civics-lessons"`). Every
   * interaction also has `shuffle="true"`, so players shuffle again; the written order only
   * matters to players that do not, and to anyone reading the file, and it never follows the
   * authored order (which often puts the key first).
   */
  seed?: string;
  /** Words the items show that are not in the lesson, for lessons in other languages. */
  labels?: {
    /** Label of the `true` choice (default `True`). */
    true?: string;
    /** Label of the `false` choice (default `False`). */
    false?: string;
    /** Summary of each hint's collapsible section (default `Hint`). */
    hint?: string;
  };
}

/** One `qti-assessment-item` document. */
export interface QtiItem {
  /** The question it was made from. */
  questionId: string;
  /** The item's `identifier` (the question id, made a valid XML name if needed). */
  identifier: string;
  /** Path of the file inside the package, as the manifest lists it. */
  href: string;
  /** The complete XML document. */
  xml: string;
}

/** A QTI 3.0 content package: the manifest and one item per exported question. */
export interface QtiPackage {
  /** `imsmanifest.xml`, listing every item as an `imsqti_item_xmlv3p0` resource. */
  manifest: string;
  /** The items, in question order. */
  items: QtiItem[];
}
