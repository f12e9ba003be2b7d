package org.paperkg.export.write;

import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A thin layer over StAX's {@link XMLStreamWriter} for the hand-written XML formats (GEXF, yEd
 * GraphML): it indents, so the files can be read and diffed, and drops characters XML 1.0 does
 * not allow from text and attribute values. StAX does the escaping.
 */
final class XmlOut {

    private final XMLStreamWriter w;
    private final Deque<Boolean> hasChildren = new ArrayDeque<>();

    XmlOut(OutputStream out) throws XMLStreamException {
        this.w = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
        w.writeStartDocument("UTF-8", "1.0");
    }

    /** Opens the root element in {@code ns} and declares the given {@code prefix, namespace} pairs on it. */
    XmlOut root(String ns, String local, String... prefixesAndNamespaces) throws XMLStreamException {
        newline();
        w.writeStartElement("", local, ns);
        w.writeDefaultNamespace(ns);
        for (int i = 0; i < prefixesAndNamespaces.length; i += 2) {
            w.writeNamespace(prefixesAndNamespaces[i], prefixesAndNamespaces[i + 1]);
            w.setPrefix(prefixesAndNamespaces[i], prefixesAndNamespaces[i + 1]);
        }
        w.setDefaultNamespace(ns);
        hasChildren.push(false);
        return this;
    }

    XmlOut open(String ns, String local) throws XMLStreamException {
        markChild();
        newline();
        w.writeStartElement(ns, local);
        hasChildren.push(false);
        return this;
    }

    XmlOut empty(String ns, String local) throws XMLStreamException {
        markChild();
        newline();
        w.writeEmptyElement(ns, local);
        return this;
    }

    XmlOut attr(String name, String value) throws XMLStreamException {
        w.writeAttribute(name, Text.xml(value));
        return this;
    }

    XmlOut attr(String ns, String name, String value) throws XMLStreamException {
        w.writeAttribute(ns, name, Text.xml(value));
        return this;
    }

    /** Text content; the element it is in is closed on the same line. */
    XmlOut text(String s) throws XMLStreamException {
        w.writeCharacters(Text.xml(s));
        return this;
    }

    XmlOut close() throws XMLStreamException {
        boolean children = hasChildren.pop();
        if (children) {
            newline();
        }
        w.writeEndElement();
        return this;
    }

    /** An element holding only text: {@code <local>text</local>}. */
    XmlOut leaf(String ns, String local, String text) throws XMLStreamException {
        open(ns, local);
        text(text);
        hasChildren.pop();
        w.writeEndElement();
        return this;
    }

    void finish() throws XMLStreamException {
        while (!hasChildren.isEmpty()) {
            close();
        }
        w.writeCharacters("\n");
        w.writeEndDocument();
        w.flush();
    }

    private void markChild() {
        if (!hasChildren.isEmpty()) {
            hasChildren.pop();
            hasChildren.push(true);
        }
    }

    private void newline() throws XMLStreamException {
        w.writeCharacters("\n" + "  ".repeat(hasChildren.size()));
    }
}
