package org.jointacceptance.apitesting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks the words of a service's problems and of its own field constraints ({@code ValidationMessages}): every key
 * its code names is in the catalogues, each catalogue says the same keys in English and in Chinese, the Chinese says nothing in Latin letters but codes shown as codes, and the
 * English nothing in Chinese.
 */
public final class ProblemCatalogue {

    /** Where the code names a catalogue key, and the prefix the key gets there. */
    private static final List<Use> USES = List.of(
            new Use(Pattern.compile("\\.(?:conflict|invalid|refused)\\(\\s*\"([^\"]+)\""), ""),
            new Use(Pattern.compile("new ProblemException\\(\\s*\"([^\"]+)\""), ""),
            new Use(Pattern.compile("notFound\\(\\s*\"([^\"]+)\""), "not-found."),
            new Use(Pattern.compile("new WebhookUrlRefusedException\\(\\s*\"([^\"]+)\""), "webhook-url-refused."),
            new Use(Pattern.compile("withError\\([^;]*?,\\s*\"([^\"]+)\""), ""),
            new Use(Pattern.compile("\"(field\\.[a-z.-]+)\""), ""),
            new Use(Pattern.compile("unavailable\\(\\s*\"([^\"]+)\""), ""),
            new Use(Pattern.compile("message = \"\\{(jointacceptance\\.[^}]+)}\""), ""));
    private static final Pattern WORDED = Pattern.compile("worded\\(\\s*\"[^\"]+\",(.*?),\\s*\\d{3}\\b", Pattern.DOTALL);
    private static final Pattern LITERAL = Pattern.compile("\"([a-z0-9-]+(?:\\.[a-z0-9-]+)*)\"");
    /** What Chinese text may write in Latin letters: codes, paths, headers and terms of the trade, shown as they are. */
    private static final Pattern CODES = Pattern.compile("\\{\\d+}|\\S*[/:<>@]\\S*|[A-Z]{2,}(-\\d+)?|yyyy-MM-dd"
            + "|in-app|Last-Event-ID|\\b(?:[Ww]ebhook|count|until|true|false|coordinator|supervisor|email|Bearer)\\b");

    private ProblemCatalogue() {
    }

    /** Checks the catalogues on the class path against the code under {@code sources}. */
    public static void check(Path... sources) {
        for (String catalogue : List.of("problems", "org/jointacceptance/problem/problems", "ValidationMessages")) {
            Properties english = load(catalogue + ".properties");
            Properties chinese = load(catalogue + "_zh.properties");
            assertThat(chinese.stringPropertyNames()).as("the keys of %s in Chinese", catalogue)
                    .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
            for (String key : chinese.stringPropertyNames()) {
                assertThat(CODES.matcher(chinese.getProperty(key)).replaceAll(""))
                        .as("%s in Chinese, without its facts and codes", key).doesNotContainPattern("[A-Za-z]");
                assertThat(english.getProperty(key)).as("%s in English", key).doesNotContainPattern("\\p{IsHan}");
            }
        }
        Set<String> known = new TreeSet<>(load("problems.properties").stringPropertyNames());
        known.addAll(load("org/jointacceptance/problem/problems.properties").stringPropertyNames());
        known.addAll(load("ValidationMessages.properties").stringPropertyNames());
        Set<String> used = used(sources);
        assertThat(used).as("the problems the code names").isNotEmpty();
        assertThat(known).as("the catalogues' keys").containsAll(used);
    }

    private static Set<String> used(Path... sources) {
        Set<String> keys = new TreeSet<>();
        for (Path root : sources) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                    String code = Files.readString(file);
                    for (Use use : USES) {
                        Matcher match = use.pattern().matcher(code);
                        while (match.find()) {
                            keys.add(use.prefix() + match.group(1));
                        }
                    }
                    Matcher worded = WORDED.matcher(code);
                    while (worded.find()) {
                        Matcher literal = LITERAL.matcher(worded.group(1));
                        while (literal.find()) {
                            keys.add(literal.group(1));
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return keys;
    }

    private static Properties load(String resource) {
        Properties words = new Properties();
        try (InputStream in = ProblemCatalogue.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as("the catalogue %s", resource).isNotNull();
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    private record Use(Pattern pattern, String prefix) {
    }
}
