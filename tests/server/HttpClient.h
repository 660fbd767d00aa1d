#pragma once
// A plain-socket HTTP/1.1 client for the server tests: what goes over the wire is exactly what the test wrote.
#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace hotel::test {

struct Response {
    int status = 0;
    QByteArray head; // status line and headers
    QByteArray body;
    QByteArray header(const QByteArray &name) const {
        for (const QByteArray &line : head.split('\n'))
            if (line.toLower().startsWith(QByteArray(name.toLower() + ':')))
                return line.mid(name.size() + 1).trimmed();
        return {};
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

inline int connectTo(quint16 port) {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    timeval tv{20, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

// Reads one HTTP response (Content-Length framed) from `buffer` + the socket.
inline Response readResponse(int fd, QByteArray &buffer) {
    Response r;
    char chunk[16384];
    for (;;) {
        const int headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd >= 0) {
            const QByteArray head = buffer.left(headerEnd);
            r.status = head.mid(9, 3).toInt();
            qsizetype length = 0;
            for (const QByteArray &line : head.split('\n'))
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            if (buffer.size() >= headerEnd + 4 + length) {
                r.head = head;
                r.body = buffer.mid(headerEnd + 4, length);
                buffer.remove(0, headerEnd + 4 + length);
                return r;
            }
        }
        const ssize_t n = ::recv(fd, chunk, sizeof chunk, 0);
        if (n <= 0)
            return r;
        buffer.append(chunk, n);
    }
}

inline Response request(quint16 port, const QByteArray &method, const QByteArray &path, const QByteArray &body = {},
                        const QByteArray &token = {}, const QByteArray &extraHeaders = {}) {
    const int fd = connectTo(port);
    if (fd < 0)
        return {};
    QByteArray req = method + ' ' + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n";
    if (!token.isEmpty())
        req += "Authorization: Bearer " + token + "\r\n";
    req += extraHeaders;
    req += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    ::send(fd, req.constData(), size_t(req.size()), MSG_NOSIGNAL);
    QByteArray buffer;
    Response r = readResponse(fd, buffer);
    ::close(fd);
    return r;
}

} // namespace hotel::test
