package org.alongside.course;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads the fields of one YAML mapping and reports what is missing or wrong with the line it is
 * on. Works on SnakeYAML Engine's node tree rather than plain maps because the nodes remember
 * their line numbers.
 */
final class YamlFields {

    static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private final String file;
    private final Node node;
    private final Map<String, Node> fields = new LinkedHashMap<>();
    private final List<CourseProblem> problems;
    private final String what;

    private YamlFields(String file, Node node, String what, List<CourseProblem> problems) {
        this.file = file;
        this.node = node;
        this.what = what;
        this.problems = problems;
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key) {
                    fields.put(key.getValue(), tuple.getValueNode());
                }
            }
        }
    }

    /** The fields of a mapping node; reports a problem (and returns an empty reader) when the node is not one. */
    static YamlFields of(String file, Node node, String what, List<CourseProblem> problems) {
        if (!(node instanceof MappingNode)) {
            problems.add(new CourseProblem(file, line(node), what + " should be a set of \"name: value\" fields"));
        }
        return new YamlFields(file, node, what, problems);
    }

    int line() {
        return line(node);
    }

    /** Reports any field not in the allowed set: usually a typing mistake in a field name. */
    YamlFields allowOnly(Set<String> allowed) {
        fields.forEach((name, value) -> {
            if (!allowed.contains(name)) {
                problems.add(new CourseProblem(file, line(value), "unknown field '" + name + "' in " + what
                        + " (expected one of: " + String.join(", ", new TreeSet<>(allowed)) + ")"));
            }
        });
        return this;
    }

    String text(String name) {
        return optionalText(name).orElseGet(() -> {
            if (!fields.containsKey(name)) {
                problems.add(new CourseProblem(file, line(), what + " is missing '" + name + "'"));
            }
            return "";
        });
    }

    Optional<String> optionalText(String name) {
        Node value = fields.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
            problems.add(new CourseProblem(file, line(value), "'" + name + "' in " + what + " should be text"));
            return Optional.empty();
        }
        return Optional.of(scalar.getValue().strip());
    }

    String id(String name) {
        String id = text(name);
        if (!id.isEmpty() && !ID.matcher(id).matches()) {
            problems.add(new CourseProblem(file, line(fields.get(name)), "'" + id + "' is not a valid " + name
                    + ": use lower-case letters, digits and dashes, e.g. walking-alongside"));
        }
        return id;
    }

    int number(String name, int min, int max) {
        String text = text(name);
        if (text.isEmpty()) {
            return min;
        }
        try {
            int value = Integer.parseInt(text);
            if (value < min || value > max) {
                problems.add(new CourseProblem(file, line(fields.get(name)), "'" + name + "' should be between "
                        + min + " and " + max + ", not " + value));
            }
            return value;
        } catch (NumberFormatException e) {
            problems.add(new CourseProblem(file, line(fields.get(name)), "'" + name + "' should be a whole number, not '" + text + "'"));
            return min;
        }
    }

    double decimal(String name, double min, double max, double fallback) {
        Optional<String> text = optionalText(name);
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            double value = Double.parseDouble(text.get());
            if (value < min || value > max) {
                problems.add(new CourseProblem(file, line(fields.get(name)), "'" + name + "' should be between "
                        + min + " and " + max + ", not " + value));
            }
            return value;
        } catch (NumberFormatException e) {
            problems.add(new CourseProblem(file, line(fields.get(name)), "'" + name + "' should be a number, not '" + text.get() + "'"));
            return fallback;
        }
    }

    boolean flag(String name) {
        String text = text(name);
        if (text.equals("true") || text.equals("false") || text.isEmpty()) {
            return text.equals("true");
        }
        problems.add(new CourseProblem(file, line(fields.get(name)), "'" + name + "' should be true or false, not '" + text + "'"));
        return false;
    }

    /** The items of a list field; reports a problem when the field is missing, empty or not a list. */
    List<Node> list(String name) {
        Node value = fields.get(name);
        if (value == null) {
            problems.add(new CourseProblem(file, line(), what + " is missing '" + name + "'"));
            return List.of();
        }
        if (!(value instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
            problems.add(new CourseProblem(file, line(value), "'" + name + "' in " + what + " should be a list with at least one item"));
            return List.of();
        }
        return sequence.getValue();
    }

    /** Like {@link #list}, but an absent field is simply an empty list. */
    List<Node> optionalList(String name) {
        return fields.containsKey(name) ? list(name) : List.of();
    }

    boolean has(String name) {
        return fields.containsKey(name);
    }

    List<String> texts(String name) {
        List<String> texts = new ArrayList<>();
        for (Node item : list(name)) {
            if (item instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
                texts.add(scalar.getValue().strip());
            } else {
                problems.add(new CourseProblem(file, line(item), "each item of '" + name + "' should be text"));
            }
        }
        return texts;
    }

    Optional<YamlFields> mapping(String name) {
        Node value = fields.get(name);
        return value == null ? Optional.empty() : Optional.of(of(file, value, "'" + name + "'", problems));
    }

    YamlFields requiredMapping(String name) {
        return mapping(name).orElseGet(() -> {
            problems.add(new CourseProblem(file, line(), what + " is missing '" + name + "'"));
            return new YamlFields(file, node, "'" + name + "'", new ArrayList<>());
        });
    }

    int lineOf(String name) {
        Node value = fields.get(name);
        return value == null ? line() : line(value);
    }

    static int line(Node node) {
        return node == null ? 0 : node.getStartMark().map(mark -> mark.getLine() + 1).orElse(0);
    }
}
