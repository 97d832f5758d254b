package dev.chancery.verification.domain;

/** How a claim bears on what is being judged: it asserts it, contradicts it, or says nothing about it. */
enum Stance {
    ASSERTS, CONTRADICTS, SILENT
}
