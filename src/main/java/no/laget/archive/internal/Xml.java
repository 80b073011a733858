package no.laget.archive.internal;

import java.io.OutputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A thin, streaming XML writer over StAX (the JDK's own implementation, whatever the classpath offers): one element
 * at a time, nothing held in memory but the open elements, one line per element so that a person can read the file.
 */
final class Xml implements AutoCloseable {

    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

    private final XMLStreamWriter w;
    private int depth;
    private boolean closed;

    Xml(OutputStream out, String rootName, String namespace, String schemaFile) {
        try {
            w = FACTORY.createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.setDefaultNamespace(namespace);
            w.writeStartElement(namespace, rootName);
            w.writeDefaultNamespace(namespace);
            w.writeNamespace("xsi", XSI);
            w.writeAttribute(XSI, "schemaLocation", namespace + " " + schemaFile);
            depth = 1;
        } catch (XMLStreamException e) {
            throw new ExtractException("Could not start " + rootName, e);
        }
    }

    Xml start(String name) {
        try {
            newline();
            w.writeStartElement(name);
            depth++;
            return this;
        } catch (XMLStreamException e) {
            throw new ExtractException("Could not write " + name, e);
        }
    }

    /** An element of a derived type, such as {@code <mappe xsi:type="saksmappe">}. */
    Xml start(String name, String xsiType) {
        start(name);
        attribute(XSI, "type", xsiType);
        return this;
    }

    Xml attribute(String name, String value) {
        try {
            w.writeAttribute(name, value);
            return this;
        } catch (XMLStreamException e) {
            throw new ExtractException("Could not write the attribute " + name, e);
        }
    }

    private void attribute(String namespace, String name, String value) {
        try {
            w.writeAttribute("xsi", namespace, name, value);
        } catch (XMLStreamException e) {
            throw new ExtractException("Could not write the attribute " + name, e);
        }
    }

    Xml end() {
        try {
            depth--;
            newline();
            w.writeEndElement();
            return this;
        } catch (XMLStreamException e) {
            throw new ExtractException("Could not close an element", e);
        }
    }

    Xml el(String name, Object value) {
        if (value == null) {
            return this;
        }
        try {
            newline();
            w.writeStartElement(name);
            w.writeCharacters(text(value));
            w.writeEndElement();
            return this;
        } catch (XMLStreamException e) {
            throw new ExtractException("Could not write " + name, e);
        }
    }

    /** An empty element that carries only attributes, such as ADDML's {@code <property name="..."/>}. */
    Xml empty(String name, String attribute, String value) {
        try {
            newline();
            w.writeEmptyElement(name);
            w.writeAttribute(attribute, value);
            return this;
        } catch (XMLStreamException e) {
            throw new ExtractException("Could not write " + name, e);
        }
    }

    private void newline() throws XMLStreamException {
        w.writeCharacters("\n" + "  ".repeat(depth));
    }

    static String text(Object value) {
        return switch (value) {
            case OffsetDateTime t -> t.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS)
                    .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            case LocalDate d -> d.toString();
            default -> value.toString();
        };
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            depth = 0;
            newline();
            w.writeEndElement();
            w.writeEndDocument();
            w.flush();
            w.close();
        } catch (XMLStreamException e) {
            throw new ExtractException("Could not finish the file", e);
        }
    }
}
