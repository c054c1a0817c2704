package org.alongside.safety;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Reads the rules file and compiles every rule, collecting each mistake with its line so the
 * author sees all of them at once. Works on SnakeYAML Engine's node tree rather than plain maps
 * because the nodes remember their line numbers.
 */
final class SafeSharingRulesReader {

    private static final Set<String> FILE_FIELDS = Set.of("rules", "never-flag");
    private static final Set<String> RULE_FIELDS = Set.of("id", "explanation", "suggestion",
            "after-a-number", "before-a-number", "phrases", "only-near", "pattern");
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private final String file;
    private final List<SafeSharingProblem> problems = new ArrayList<>();

    private SafeSharingRulesReader(String file) {
        this.file = file;
    }

    static SafeSharingRules.Result read(String yaml, String file) {
        SafeSharingRulesReader reader = new SafeSharingRulesReader(file);
        Optional<SafeSharingRules> rules = reader.parse(yaml).flatMap(reader::rules);
        return SafeSharingRules.Result.of(rules, reader.problems);
    }

    private Optional<Node> parse(String yaml) {
        LoadSettings settings = LoadSettings.builder().setLabel(file).build();
        try {
            Optional<Node> root = new Composer(settings, new ParserImpl(settings, new StreamReader(settings, yaml))).getSingleNode();
            if (root.isEmpty()) {
                problem(0, "the file is empty");
            }
            return root;
        } catch (MarkedYamlEngineException e) {
            problem(e.getProblemMark().map(mark -> mark.getLine() + 1).orElse(0), "this is not valid YAML: " + e.getProblem());
        } catch (YamlEngineException e) {
            problem(0, "this is not valid YAML: " + e.getMessage());
        }
        return Optional.empty();
    }

    private Optional<SafeSharingRules> rules(Node root) {
        if (!(root instanceof MappingNode)) {
            problem(startLine(root), "the file should start with 'rules:' followed by a list of rules");
            return Optional.empty();
        }
        Fields fields = new Fields(root, "the file");
        fields.allowOnly(FILE_FIELDS);
        List<SafeSharingRule> rules = new ArrayList<>();
        Map<String, Integer> idLines = new HashMap<>();
        for (Node ruleNode : fields.requiredList("rules")) {
            rule(ruleNode, idLines).ifPresent(rules::add);
        }
        return Optional.of(new SafeSharingRules(rules, PhraseMatcher.of(expressions(fields, "never-flag"))));
    }

    private Optional<SafeSharingRule> rule(Node node, Map<String, Integer> idLines) {
        if (!(node instanceof MappingNode mapping)) {
            problem(startLine(node), "each rule should be a set of \"name: value\" fields, starting with 'id:'");
            return Optional.empty();
        }
        Fields fields = new Fields(node, idIn(mapping).map(id -> "rule '" + id + "'").orElse("a rule"));
        fields.allowOnly(RULE_FIELDS);
        String id = fields.text("id");
        if (!id.isEmpty() && !ID.matcher(id).matches()) {
            problem(fields.lineOf("id"), "'" + id + "' is not a valid rule id: use lower-case letters, digits and dashes,"
                    + " e.g. weight-numbers");
        }
        Integer firstLine = id.isEmpty() ? null : idLines.putIfAbsent(id, fields.lineOf("id"));
        if (firstLine != null) {
            problem(fields.lineOf("id"), "the rule id '" + id + "' is used twice (first on line " + firstLine + ")");
        }
        String explanation = fields.text("explanation");
        String suggestion = fields.text("suggestion");

        List<SafeSharingPhrases.Expression> phrases = new ArrayList<>();
        List<String> afterANumber = wordsBesideANumber(fields, "after-a-number");
        if (!afterANumber.isEmpty()) {
            phrases.add(SafeSharingPhrases.afterANumber(afterANumber));
        }
        List<String> beforeANumber = wordsBesideANumber(fields, "before-a-number");
        if (!beforeANumber.isEmpty()) {
            phrases.add(SafeSharingPhrases.beforeANumber(beforeANumber));
        }
        phrases.addAll(expressions(fields, "phrases"));
        Optional<Pattern> authorsPattern = fields.optionalText("pattern").flatMap(pattern -> authorsPattern(fields, pattern));
        if (!fields.has("after-a-number") && !fields.has("before-a-number") && !fields.has("phrases") && !fields.has("pattern")) {
            problem(fields.line(), fields.what + " has nothing to look for: add 'after-a-number', 'before-a-number',"
                    + " 'phrases' or 'pattern'");
        }
        List<SafeSharingPhrases.Expression> nearWords = expressions(fields, "only-near");
        return Optional.of(new SafeSharingRule(id, explanation, suggestion, PhraseMatcher.of(phrases), authorsPattern,
                nearWords.isEmpty() ? Optional.empty() : Optional.of(SafeSharingPhrases.standalone(nearWords))));
    }

    /** The rule's id as written, so that every problem with the rule can name it, even before the id is checked. */
    private static Optional<String> idIn(MappingNode rule) {
        return rule.getValue().stream()
                .filter(tuple -> tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals("id"))
                .map(NodeTuple::getValueNode)
                .filter(value -> value instanceof ScalarNode scalar && !scalar.getValue().isBlank())
                .map(value -> ((ScalarNode) value).getValue().strip())
                .findFirst();
    }

    /** The entries of an after-a-number or before-a-number list; entries with a mistake are reported and left out. */
    private List<String> wordsBesideANumber(Fields fields, String listName) {
        List<String> sound = new ArrayList<>();
        for (Item entry : fields.items(listName)) {
            try {
                SafeSharingPhrases.checkWordsBesideANumber(entry.text());
                sound.add(entry.text());
            } catch (IllegalArgumentException e) {
                problem(entry.line(), "'" + entry.text() + "' in '" + listName + "' of " + fields.what + ": " + e.getMessage());
            }
        }
        return sound;
    }

    /** The phrases of a list as expressions; phrases with a mistake are reported and left out. */
    private List<SafeSharingPhrases.Expression> expressions(Fields fields, String listName) {
        List<SafeSharingPhrases.Expression> expressions = new ArrayList<>();
        for (Item phrase : fields.items(listName)) {
            try {
                expressions.add(SafeSharingPhrases.phrase(phrase.text()));
            } catch (IllegalArgumentException e) {
                problem(phrase.line(), "'" + phrase.text() + "' in '" + listName + "' of " + fields.what + ": " + e.getMessage());
            }
        }
        return expressions;
    }

    private Optional<Pattern> authorsPattern(Fields fields, String pattern) {
        try {
            return Optional.of(Pattern.compile(pattern, SafeSharingPhrases.FLAGS));
        } catch (PatternSyntaxException e) {
            problem(fields.lineOf("pattern"), "the 'pattern' of " + fields.what + " is not a valid Java regular expression: "
                    + e.getDescription() + " (at character " + (e.getIndex() + 1) + ")");
            return Optional.empty();
        }
    }

    private void problem(int line, String message) {
        problems.add(new SafeSharingProblem(file, line, message));
    }

    private static int startLine(Node node) {
        return node.getStartMark().map(mark -> mark.getLine() + 1).orElse(0);
    }

    /** The fields of one YAML mapping, reporting what is missing, misspelt or of the wrong kind. */
    private final class Fields {

        private final Node node;
        private final Map<String, Node> values = new LinkedHashMap<>();
        private final Map<String, Integer> nameLines = new LinkedHashMap<>();
        private final String what;

        Fields(Node node, String what) {
            this.node = node;
            this.what = what;
            for (NodeTuple tuple : ((MappingNode) node).getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key) {
                    if (values.putIfAbsent(key.getValue(), tuple.getValueNode()) != null) {
                        problem(startLine(key), "'" + key.getValue() + "' appears twice in " + what);
                    }
                    nameLines.putIfAbsent(key.getValue(), startLine(key));
                }
            }
        }

        int line() {
            return startLine(node);
        }

        int lineOf(String name) {
            Node value = values.get(name);
            return value == null ? line() : startLine(value);
        }

        boolean has(String name) {
            return values.containsKey(name);
        }

        /** Reports any field not in the allowed set: usually a typing mistake in a field name. */
        void allowOnly(Set<String> allowed) {
            nameLines.forEach((name, line) -> {
                if (!allowed.contains(name)) {
                    problem(line, "unknown field '" + name + "' in " + what
                            + " (expected one of: " + String.join(", ", new TreeSet<>(allowed)) + ")");
                }
            });
        }

        String text(String name) {
            if (!has(name)) {
                problem(line(), what + " is missing '" + name + "'");
                return "";
            }
            return optionalText(name).orElse("");
        }

        Optional<String> optionalText(String name) {
            Node value = values.get(name);
            if (value == null) {
                return Optional.empty();
            }
            if (!(value instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
                problem(startLine(value), "'" + name + "' in " + what + " should be text");
                return Optional.empty();
            }
            return Optional.of(scalar.getValue().strip());
        }

        List<Node> requiredList(String name) {
            if (!has(name)) {
                problem(line(), what + " is missing '" + name + "'");
                return List.of();
            }
            return list(name);
        }

        /** The items of an optional list field: empty when it is absent, reported when it is not a list. */
        List<Node> list(String name) {
            Node value = values.get(name);
            if (value == null) {
                return List.of();
            }
            if (!(value instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
                problem(startLine(value), "'" + name + "' in " + what + " should be a list with at least one item,"
                        + " each on its own line starting with '- '");
                return List.of();
            }
            return sequence.getValue();
        }

        /** The text items of an optional list, with their lines; items that are not text are reported. */
        List<Item> items(String name) {
            List<Item> items = new ArrayList<>();
            for (Node item : list(name)) {
                if (item instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
                    items.add(new Item(scalar.getValue().strip(), startLine(item)));
                } else {
                    problem(startLine(item), "each item of '" + name + "' in " + what + " should be text");
                }
            }
            return items;
        }
    }

    private record Item(String text, int line) {
    }
}
