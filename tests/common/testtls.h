// SPDX-License-Identifier: MIT
#pragma once

#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QStandardPaths>
#include <QTemporaryDir>

// A self-signed certificate for 127.0.0.1 / localhost, made at test time with the openssl tool.
struct TestTls
{
    QSslCertificate certificate;
    QSslKey key;
    QString error;

    bool isValid() const { return !certificate.isNull() && !key.isNull(); }

    static TestTls generate()
    {
        TestTls tls;
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (openssl.isEmpty()) {
            tls.error = QStringLiteral("openssl not found (scripts/install-deps installs it)");
            return tls;
        }
        QTemporaryDir dir;
        const QString keyFile = dir.filePath(QStringLiteral("key.pem"));
        const QString certFile = dir.filePath(QStringLiteral("cert.pem"));
        QProcess p;
        p.start(openssl,
                {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                 QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                 QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                 QStringLiteral("/CN=Gong Directory test server"), QStringLiteral("-addext"),
                 QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost"), QStringLiteral("-keyout"), keyFile,
                 QStringLiteral("-out"), certFile});
        if (!p.waitForFinished(30000) || p.exitCode() != 0) {
            tls.error = QString::fromLocal8Bit(p.readAllStandardError());
            return tls;
        }
        QFile cert(certFile);
        QFile key(keyFile);
        if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly)) {
            tls.error = QStringLiteral("cannot read the generated files");
            return tls;
        }
        tls.certificate = QSslCertificate(cert.readAll(), QSsl::Pem);
        tls.key = QSslKey(key.readAll(), QSsl::Ec, QSsl::Pem);
        return tls;
    }
};
