package org.marsad.store.index;

import java.util.Locale;
import org.marsad.text.normalize.ArabicNormalizer;

/**
 * The exact keys under which entities, speakers and claimants are indexed: the canonical name
 * search-normalized (hamza forms, ى/ي, ة/ه, diacritics folded; spaces collapsed), so that
 * «العراقى» and «العراقي» from two papers are one entity. An entity key also carries its type:
 * {@code PER/دونالد ترامب}.
 */
public final class EntityKeys {
    /** Separates a key from its display name in {@link ArchiveSchema#ENTITY_LABEL}. */
    public static final char LABEL_SEPARATOR = '\u001F';

    private EntityKeys() {}

    /** The search-normalized form of a name; empty for null. */
    public static String name(String canonical) {
        if (canonical == null) {
            return "";
        }
        return ArabicNormalizer.search().normalize(canonical).strip().replaceAll("\\s+", " ");
    }

    /** {@code TYPE/name}. */
    public static String entity(String type, String canonical) {
        return type.toUpperCase(Locale.ROOT) + "/" + name(canonical);
    }

    public static String typeOf(String entityKey) {
        return entityKey.substring(0, entityKey.indexOf('/'));
    }

    public static String nameOf(String entityKey) {
        return entityKey.substring(entityKey.indexOf('/') + 1);
    }

    /** The label term for a key written {@code display}. */
    public static String label(String entityKey, String display) {
        return entityKey + LABEL_SEPARATOR + display;
    }
}
