package io.hooklake.model;

/** What kind of core business concept a {@link Concept} is. */
public enum ConceptKind {
    /** Something the business acts on: customer, product, order. The default. */
    CORE,
    /** A code list or lookup: currency, unit of measure, address type. */
    REFERENCE,
    /** A relationship between other concepts that the business names: product vendor, order line. */
    RELATIONSHIP,
    /** A point or period in time: date, fiscal period. */
    EPOCH
}
