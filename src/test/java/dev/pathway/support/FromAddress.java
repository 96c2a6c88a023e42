package dev.pathway.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * HTTP requests from a client address of the test's choice (any of 127.0.0.0/8 reaches the server
 * on 127.0.0.1): the server tells clients apart by their remote address, so one test can be several
 * clients.
 */
public final class FromAddress {

  private final String localAddress;
  private final int port;

  private FromAddress(String localAddress, int port) {
    this.localAddress = localAddress;
    this.port = port;
  }

  public static FromAddress client(String localAddress, int port) {
    return new FromAddress(localAddress, port);
  }

  public Answer get(String path, Map<String, String> headers) {
    return send("GET", path, headers, null);
  }

  public Answer getAs(String user, String password, String path) {
    return get(path, Map.of("Authorization", basic(user, password)));
  }

  public Answer send(String method, String path, Map<String, String> headers, String body) {
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(InetAddress.getByName(localAddress), 0));
      socket.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 5_000);
      socket.setSoTimeout(60_000);
      byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
      StringBuilder request =
          new StringBuilder(method + " " + path + " HTTP/1.0\r\n")
              .append("Host: 127.0.0.1:")
              .append(port)
              .append("\r\n")
              .append("Accept: application/json\r\n");
      headers.forEach(
          (name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
      if (body != null) {
        request.append("Content-Length: ").append(content.length).append("\r\n");
      }
      request.append("\r\n");
      OutputStream out = socket.getOutputStream();
      out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.write(content);
      out.flush();
      return Answer.parse(readAll(socket.getInputStream()));
    } catch (IOException e) {
      throw new AssertionError("HTTP from " + localAddress + " failed", e);
    }
  }

  public static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    in.transferTo(all);
    return all.toByteArray();
  }

  /** Status, headers (names in lower case; repeated ones joined by "\n") and body. */
  public record Answer(int status, Map<String, String> headers, String body) {

    static Answer parse(byte[] raw) {
      String text = new String(raw, StandardCharsets.UTF_8);
      int end = text.indexOf("\r\n\r\n");
      String head = end < 0 ? text : text.substring(0, end);
      String body = end < 0 ? "" : text.substring(end + 4);
      List<String> lines = List.of(head.split("\r\n"));
      int status = Integer.parseInt(lines.get(0).split(" ")[1]);
      Map<String, String> headers = new LinkedHashMap<>();
      for (String line : lines.subList(1, lines.size())) {
        int colon = line.indexOf(':');
        headers.merge(
            line.substring(0, colon).trim().toLowerCase(),
            line.substring(colon + 1).trim(),
            (a, b) -> a + "\n" + b);
      }
      return new Answer(status, headers, body);
    }

    public String header(String name) {
      return headers.get(name.toLowerCase());
    }
  }
}
