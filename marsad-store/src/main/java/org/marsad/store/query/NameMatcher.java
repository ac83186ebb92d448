package org.marsad.store.query;

import org.marsad.store.index.EntityKeys;

/**
 * Whether a canonical name is the name asked for: equal after spelling folding, or holding it as
 * whole words («ترامب» in «دونالد ترامب»).
 */
final class NameMatcher {
    private final String name;

    /** {@code name} null or blank matches every name, and also a missing one. */
    NameMatcher(String name) {
        this.name = name == null || name.isBlank() ? null : EntityKeys.name(name);
    }

    boolean isEmpty() {
        return name == null;
    }

    boolean matches(String canonical) {
        if (name == null) {
            return true;
        }
        if (canonical == null) {
            return false;
        }
        String c = EntityKeys.name(canonical);
        if (c.equals(name)) {
            return true;
        }
        int at = c.indexOf(name);
        while (at >= 0) {
            int end = at + name.length();
            if ((at == 0 || c.charAt(at - 1) == ' ') && (end == c.length() || c.charAt(end) == ' ')) {
                return true;
            }
            at = c.indexOf(name, at + 1);
        }
        return false;
    }
}
