package org.alongside.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.alongside.assessment.Submission;
import org.alongside.certification.CertificateStatus;
import org.alongside.certification.Eligibility;
import org.alongside.directory.AvailabilitySlot;
import org.alongside.directory.ProfileField;
import org.alongside.directory.ProfileStatus;
import org.alongside.directory.SupportFormat;
import org.alongside.identity.Role;
import org.alongside.learning.ReflectionStage;
import org.alongside.learning.AttendanceStatus;
import org.alongside.learning.CohortOverview;
import org.alongside.learning.Feeling;
import org.alongside.matching.Fit;
import org.alongside.matching.NotOffered;
import org.alongside.matching.SupportOfferStatus;
import org.alongside.matching.SupportRequestStatus;
import org.alongside.platform.mail.OutboxMessage;
import org.alongside.privacy.PersonalDataSections;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every text a page or the Java code asks for is in the message bundle, and every enum a page
 * shows through a key prefix ({@code msg['role.'.concat(role)]}) has a text for each constant, so
 * no page ever shows "???key???" or a constant's name.
 */
class MessagesBundleTest {

    /** The key prefixes pages build from an enum constant, and the enum. A new prefix must be added here. */
    private static final Map<String, Class<? extends Enum<?>>> ENUM_PREFIXES = new LinkedHashMap<>();

    static {
        ENUM_PREFIXES.put("attendance.", AttendanceStatus.class);
        ENUM_PREFIXES.put("certificate.status.", CertificateStatus.class);
        ENUM_PREFIXES.put("certificate.runsUntil.", CertificateStatus.class);
        ENUM_PREFIXES.put("module.reflection.stage.", ReflectionStage.class);
        ENUM_PREFIXES.put("module.reflection.action.", ReflectionStage.class);
        ENUM_PREFIXES.put("verify.statusLine.", CertificateStatus.class);
        ENUM_PREFIXES.put("directory.availability.", AvailabilitySlot.class);
        ENUM_PREFIXES.put("directory.format.", SupportFormat.class);
        ENUM_PREFIXES.put("directory.show.", ProfileField.class);
        ENUM_PREFIXES.put("directory.status.", ProfileStatus.class);
        ENUM_PREFIXES.put("directory.statusLine.", ProfileStatus.class);
        ENUM_PREFIXES.put("eligibility.rule.", Eligibility.Requirement.class);
        ENUM_PREFIXES.put("eligibility.detail.", Eligibility.Requirement.class);
        ENUM_PREFIXES.put("matching.fit.", Fit.class);
        ENUM_PREFIXES.put("matching.notOffered.", NotOffered.class);
        ENUM_PREFIXES.put("matching.offer.", SupportOfferStatus.class);
        ENUM_PREFIXES.put("matching.status.", SupportRequestStatus.class);
        ENUM_PREFIXES.put("matching.queue.empty.", SupportRequestStatus.class);
        ENUM_PREFIXES.put("outbox.status.", OutboxMessage.Status.class);
        ENUM_PREFIXES.put("overview.", CohortOverview.Status.class);
        ENUM_PREFIXES.put("reflection.status.", Submission.Status.class);
        ENUM_PREFIXES.put("queue.status.", Submission.Status.class);
        ENUM_PREFIXES.put("role.", Role.class);
        ENUM_PREFIXES.put("wellbeing.", Feeling.class);
        ENUM_PREFIXES.put("wellbeing.answer.", Feeling.class);
    }

    /** Prefixes built from something that is not an enum, and where their keys are checked instead. */
    private static final Set<String> NOT_ENUMS = Set.of("audit.", "myData.section.");

    private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([A-Za-z0-9_.]+)'\\]");
    private static final Pattern PAGE_PREFIX = Pattern.compile("msg\\['([A-Za-z0-9_.]+\\.)'\\.concat\\(");
    private static final Pattern JAVA_KEY = Pattern.compile(
            "(?:Page\\.(?:info|error|warn|infoAfterRedirect|text)\\(|Page\\.fieldError\\([^,]+, |Texts\\.get\\([^,()]+, |Exception\\()\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)\"");

    private static Properties bundle;

    @BeforeAll
    static void loadTheBundle() throws IOException {
        bundle = new Properties();
        try (InputStream in = MessagesBundleTest.class.getResourceAsStream("/org/alongside/messages.properties")) {
            bundle.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }

    private static List<Path> files(String folder, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(Path.of(folder))) {
            return walk.filter(path -> path.toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static Set<String> matches(Pattern pattern, List<Path> files) throws IOException {
        Set<String> found = new TreeSet<>();
        for (Path file : files) {
            Matcher matcher = pattern.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (matcher.find()) {
                found.add(matcher.group(1));
            }
        }
        return found;
    }

    @Test
    void everyKeyAPageUsesIsInTheBundle() throws IOException {
        Set<String> used = matches(PAGE_KEY, files("src/main/webapp", ".xhtml"));

        assertThat(used).hasSizeGreaterThan(100);
        assertThat(used).filteredOn(key -> !bundle.containsKey(key)).as("keys pages use that the bundle lacks").isEmpty();
    }

    @Test
    void everyKeyTheJavaCodeUsesIsInTheBundle() throws IOException {
        Set<String> used = matches(JAVA_KEY, files("src/main/java", ".java"));

        assertThat(used).hasSizeGreaterThan(50);
        assertThat(used).filteredOn(key -> !bundle.containsKey(key)).as("keys the Java code uses that the bundle lacks").isEmpty();
    }

    @Test
    void everyCertificateActionTheHistoryShowsHasAText() throws IOException {
        Set<String> actions = matches(Pattern.compile("\"(certificate\\.[a-zA-Z]+)\""), files("src/main/java/org/alongside/certification", ".java"));

        assertThat(actions).isNotEmpty().allSatisfy(action -> assertThat(bundle).containsKey("audit." + action));
    }

    @Test
    void noTextWithPlaceholdersLosesAnApostrophe() {
        // MessageFormat reads a single ' as a quote and drops it ("the persons"): write ’ instead.
        assertThat(bundle.stringPropertyNames()).filteredOn(key -> bundle.getProperty(key).matches("(?s).*\\{\\d.*")
                && bundle.getProperty(key).matches("(?s).*[^']'[^'].*")).isEmpty();
    }

    @Test
    void everySectionOfTheMyDataPageHasAHeading() {
        assertThat(PersonalDataSections.all()).isNotEmpty()
                .allSatisfy(section -> assertThat(bundle).containsKey("myData.section." + section.key()));
    }

    @Test
    void everyEnumAPageShowsHasATextForEachConstant() throws IOException {
        Set<String> prefixes = matches(PAGE_PREFIX, files("src/main/webapp", ".xhtml"));

        assertThat(prefixes).as("prefixes pages build keys from: add a new one to ENUM_PREFIXES or NOT_ENUMS")
                .allSatisfy(prefix -> assertThat(ENUM_PREFIXES.containsKey(prefix) || NOT_ENUMS.contains(prefix)).as(prefix).isTrue());
        for (Map.Entry<String, Class<? extends Enum<?>>> prefix : ENUM_PREFIXES.entrySet()) {
            assertThat(Arrays.stream(prefix.getValue().getEnumConstants()).map(constant -> prefix.getKey() + constant.name()))
                    .as("texts for %s", prefix.getValue().getSimpleName())
                    .allSatisfy(key -> assertThat(bundle).containsKey(key));
        }
    }
}
