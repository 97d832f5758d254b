/**
 * Reference data: countries, people with offices, organisations and gatherings, read from versioned JSON files
 * under {@code /reference/} on the classpath. Pure Java and Jackson, no I/O beyond the classpath.
 */
package dev.chancery.model.reference;
