// Test helper: one HTTP/1.1 request over a fresh loopback connection, sent
// byte for byte as given (no client-side normalization of paths), and the
// reply read to the end of the connection.
#ifndef NEWS_TESTS_HTTP_TEST_CLIENT_H_
#define NEWS_TESTS_HTTP_TEST_CLIENT_H_

#include <map>
#include <string>

namespace news::test {

struct HttpReply {
  int status = 0;                              // 0 if there was no reply
  std::map<std::string, std::string> headers;  // names in lower case
  std::string body;
  std::string header(const std::string& lower_name) const {
    const auto it = headers.find(lower_name);
    return it == headers.end() ? "" : it->second;
  }
};

// Sends "METHOD TARGET HTTP/1.1" with Host, Connection: close, the given
// extra header lines (each "Name: value\r\n") and body (with its
// Content-Length when not empty) to 127.0.0.1:port.
HttpReply http_request(int port, const std::string& method, const std::string& target,
                       const std::string& extra_headers = "", const std::string& body = "");

inline HttpReply http_get(int port, const std::string& target,
                          const std::string& extra_headers = "") {
  return http_request(port, "GET", target, extra_headers);
}

// Percent-encodes everything but unreserved characters (RFC 3986).
std::string url_encode(const std::string& text);

}  // namespace news::test

#endif  // NEWS_TESTS_HTTP_TEST_CLIENT_H_
