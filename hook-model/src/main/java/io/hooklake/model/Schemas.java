package io.hooklake.model;

/**
 * The schema that holds each layer's models.
 *
 * @param das data according to system: raw views ({@code das})
 * @param dab data according to business: frames ({@code dab})
 * @param darStaging bridges and event bridges ({@code dar__staging})
 * @param dar the Unified Star Schema: peripherals, unified bridge, calendar ({@code dar})
 */
public record Schemas(String das, String dab, String darStaging, String dar) {

    public static final Schemas DEFAULT = new Schemas("das", "dab", "dar__staging", "dar");
}
