package org.paperkg.extract;

/** The part of a paper a piece of evidence was read from; offsets index into that text. */
public enum Section {
    TITLE,
    ABSTRACT
}
