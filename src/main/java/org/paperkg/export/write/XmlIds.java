package org.paperkg.export.write;

/**
 * Node ids as GraphML's schema wants them: XML name tokens (letters, digits, '.', '-', '_', ':').
 * paperkg's ids ({@code method:resnet-50}) already are; any other character is written as
 * {@code _xHHHH_}, so distinct ids stay distinct.
 */
final class XmlIds {

    private XmlIds() {
    }

    static String nmtoken(String id) {
        StringBuilder sb = null;
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '.' || c == '-' || c == ':' || (c == '_' && !escapeLike(id, i));
            if (ok && sb == null) {
                continue;
            }
            if (sb == null) {
                sb = new StringBuilder(id.substring(0, i));
            }
            if (ok) {
                sb.append(c);
            } else {
                sb.append(String.format("_x%04X_", (int) c));
            }
        }
        return sb == null ? (id.isEmpty() ? "_" : id) : sb.toString();
    }

    /** An underscore that would read as the start of an escape is escaped itself. */
    private static boolean escapeLike(String id, int i) {
        return id.startsWith("_x", i) && id.length() >= i + 7 && id.charAt(i + 6) == '_';
    }
}
