package org.alongside.course;

/**
 * Something wrong in a course file, said so that a course author can find and fix it:
 * the file (relative to the courses folder), the line (1-based; 0 when the whole file is meant)
 * and what is wrong, in plain words.
 */
public record CourseProblem(String file, int line, String message) implements Comparable<CourseProblem> {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }

    @Override
    public int compareTo(CourseProblem other) {
        int byFile = file.compareTo(other.file);
        return byFile != 0 ? byFile : Integer.compare(line, other.line);
    }
}
