package org.alongside.safety;

/**
 * A mistake in the safe-sharing rules file, said so that a course author can find and fix it:
 * the file name, the line (1-based; 0 when the whole file is meant) and what is wrong.
 */
public record SafeSharingProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
