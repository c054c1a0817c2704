package org.alongside.learning;

import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.alongside.course.Course;

/**
 * The order a question's options are shown in for one attempt: shuffled, so the place of the
 * right answer in the file tells nothing, and the same every time that attempt's page is drawn
 * (the seed comes from the attempt's key and the question id). {@link Random}'s algorithm is
 * fixed by its specification, so the order is the same on every instance and after a restart.
 */
public final class OptionOrder {

    private OptionOrder() {
    }

    public static List<Course.Option> of(Course.Question question, String attemptKey) {
        List<Course.Option> options = new ArrayList<>(question.options());
        Collections.shuffle(options, new Random(seed(attemptKey + '\n' + question.id())));
        return List.copyOf(options);
    }

    private static long seed(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
