package org.alongside.learning;

/** How a trainee says they are before a module with a content note: words, never a score. */
public enum Feeling {
    OK, WOBBLY, STRUGGLING
}
