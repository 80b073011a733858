package no.laget.platform.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import no.laget.platform.validation.TextCharacters;

import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The one place where request text enters Laget. Reads every request parameter itself (query string, form body,
 * the text fields of a multipart form) so that bytes which are not UTF-8 become U+FFFD instead of failing the
 * whole request inside the servlet container, and re-reads JSON bodies the same way. Then it checks every
 * parameter with {@link TextCharacters}: the rest of the application sees the values without the refused
 * characters, and the names of the parameters that held them wait in {@link RefusedInput} until the handler
 * has been chosen (a page shows its form again, the API answers problem+json). JSON values are checked after
 * they are read, by {@link JsonInputCheck}.
 */
class InputCharacterFilter extends OncePerRequestFilter {

    /** Tomcat's own limit for a form body; the multipart limit is in application.properties. */
    static final int MAX_FORM_BYTES = 2 * 1024 * 1024;
    static final int MAX_JSON_BYTES = 10 * 1024 * 1024;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Charset charset = charsetOf(request);
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        addEncoded(parameters, request.getQueryString(), StandardCharsets.UTF_8, true);
        byte[] body = null;
        String contentType = request.getContentType() == null ? "" : request.getContentType().toLowerCase();
        if (contentType.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE)) {
            byte[] form = readAtMost(request.getInputStream(), MAX_FORM_BYTES);
            if (form == null) {
                response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
                return;
            }
            addEncoded(parameters, new String(form, StandardCharsets.ISO_8859_1), charset, false);
            body = new byte[0]; // like the container: a form body read as parameters is used up
        } else if (contentType.startsWith(MediaType.MULTIPART_FORM_DATA_VALUE)) {
            addTextParts(parameters, request, charset);
        } else if (contentType.contains("json")) {
            byte[] json = readAtMost(request.getInputStream(), MAX_JSON_BYTES);
            if (json == null) {
                response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
                return;
            }
            body = asUtf8(json); // undecodable bytes become U+FFFD, which JsonInputCheck names by field
        }

        addContainerParameters(parameters, request);

        Map<String, List<String>> refused = new LinkedHashMap<>();
        Map<String, String[]> cleaned = new LinkedHashMap<>();
        parameters.forEach((name, values) -> {
            if (!TextCharacters.acceptable(name)) {
                return; // no form has such a field: drop it
            }
            String[] kept = new String[values.size()];
            for (int i = 0; i < kept.length; i++) {
                String value = values.get(i);
                kept[i] = TextCharacters.withoutRefused(value);
                if (!TextCharacters.acceptable(value)) {
                    refused.computeIfAbsent(name, n -> new ArrayList<>()).add(kept[i]);
                }
            }
            cleaned.put(name, kept);
        });
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!TextCharacters.acceptable(decoded(path))) {
            refused.put(RefusedInput.PATH, List.of());
        }
        if (!refused.isEmpty()) {
            RefusedInput.remember(request, refused);
        }
        chain.doFilter(new DecodedRequest(request, Collections.unmodifiableMap(cleaned), body), response);
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return true;
    }

    private static Charset charsetOf(HttpServletRequest request) {
        try {
            return request.getCharacterEncoding() == null ? StandardCharsets.UTF_8
                    : Charset.forName(request.getCharacterEncoding());
        } catch (RuntimeException unknownCharset) {
            return StandardCharsets.UTF_8;
        }
    }

    private static void addTextParts(Map<String, List<String>> parameters, HttpServletRequest request, Charset charset)
            throws IOException, ServletException {
        for (Part part : request.getParts()) {
            if (part.getSubmittedFileName() == null) {
                try (InputStream in = part.getInputStream()) {
                    parameters.computeIfAbsent(part.getName(), name -> new ArrayList<>())
                            .add(decode(in.readAllBytes(), charset));
                }
            }
        }
    }

    /**
     * Parameters the container knows and this filter did not read itself (a test's mock request has no query
     * string or body to read). The container fails on bytes that are not UTF-8; what it cannot read, we have.
     */
    private static void addContainerParameters(Map<String, List<String>> parameters, HttpServletRequest request) {
        Map<String, String[]> known;
        try {
            known = request.getParameterMap();
        } catch (RuntimeException undecodable) {
            return;
        }
        known.forEach((name, values) -> {
            if (!parameters.containsKey(name)) {
                parameters.put(name, new ArrayList<>(List.of(values)));
            }
        });
    }

    /** application/x-www-form-urlencoded as browsers send it, without failing on bytes that are not text. */
    static void addEncoded(Map<String, List<String>> parameters, String encoded, Charset charset, boolean query) {
        if (encoded == null || encoded.isEmpty()) {
            return;
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = percentDecode(equals < 0 ? pair : pair.substring(0, equals), charset);
            String value = equals < 0 ? "" : percentDecode(pair.substring(equals + 1), charset);
            parameters.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
    }

    static String percentDecode(String encoded, Charset charset) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '+') {
                bytes.write(' ');
            } else if (c == '%' && i + 2 < encoded.length() && hex(encoded.charAt(i + 1)) >= 0
                    && hex(encoded.charAt(i + 2)) >= 0) {
                bytes.write(hex(encoded.charAt(i + 1)) * 16 + hex(encoded.charAt(i + 2)));
                i += 2;
            } else {
                bytes.write(c & 0xFF); // the raw string holds one byte per char
            }
        }
        return decode(bytes.toByteArray(), charset);
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }

    private static String decoded(String path) {
        return percentDecode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** Bytes as text; what cannot be decoded becomes U+FFFD, which the character rule refuses. */
    static String decode(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException cannotHappenWhenReplacing) {
            throw new IllegalStateException(cannotHappenWhenReplacing);
        }
    }

    private static byte[] asUtf8(byte[] json) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(json));
            return json;
        } catch (CharacterCodingException notUtf8) {
            return decode(json, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8);
        }
    }

    /** The whole stream, or null when it is longer than the limit. */
    private static byte[] readAtMost(InputStream in, int limit) throws IOException {
        byte[] bytes = in.readNBytes(limit + 1);
        return bytes.length > limit ? null : bytes;
    }

    /** The request as the rest of Laget sees it: checked parameters, and the body read once. */
    private static final class DecodedRequest extends HttpServletRequestWrapper {

        private final Map<String, String[]> parameters;
        private final byte[] body;

        DecodedRequest(HttpServletRequest request, Map<String, String[]> parameters, byte[] body) {
            super(request);
            this.parameters = parameters;
            this.body = body;
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = parameters.get(name);
            return values == null ? null : values.clone();
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (body == null) {
                return super.getInputStream();
            }
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("The body has been read already");
                }
            };
        }

        @Override
        public BufferedReader getReader() throws IOException {
            if (body == null) {
                return super.getReader();
            }
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
