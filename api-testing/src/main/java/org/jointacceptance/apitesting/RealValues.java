package org.jointacceptance.apitesting;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jointacceptance.apitesting.ApiOperations.ApiOperation;

/**
 * The values of things a service really has stored, by parameter name, that the fuzz test puts in every path and
 * required query parameter but the one it makes bad: so that a request is refused for what is wrong with it, not for
 * naming nothing. Where one name stands for different things on different paths ({@code {id}} of a notification and
 * of a webhook), the values under a path win over the others.
 */
public final class RealValues {

    private final Map<String, String> everywhere;
    private final Map<String, Map<String, String>> underPaths;

    private RealValues(Map<String, String> everywhere, Map<String, Map<String, String>> underPaths) {
        this.everywhere = Map.copyOf(everywhere);
        this.underPaths = underPaths;
    }

    /** {@code values} for the parameters of these names, on every path. */
    public static RealValues of(Map<String, String> values) {
        return new RealValues(values, new LinkedHashMap<>());
    }

    /** {@code values} for the parameters of these names, on paths that start with {@code pathPrefix}. */
    public RealValues under(String pathPrefix, Map<String, String> values) {
        Map<String, Map<String, String>> paths = new LinkedHashMap<>(underPaths);
        paths.put(pathPrefix, Map.copyOf(values));
        return new RealValues(everywhere, paths);
    }

    /** The value of the parameter {@code name} of {@code operation}, or null if none was given. */
    String find(ApiOperation operation, String name) {
        String prefix = null;
        for (String candidate : underPaths.keySet()) {
            if (operation.path().startsWith(candidate) && underPaths.get(candidate).containsKey(name)
                    && (prefix == null || candidate.length() > prefix.length())) {
                prefix = candidate;
            }
        }
        return prefix == null ? everywhere.get(name) : underPaths.get(prefix).get(name);
    }
}
