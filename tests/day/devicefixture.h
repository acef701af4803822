#pragma once

// An enrolled device vault and a council that seals packets for it, for the day tests (the
// same pattern as tests/sync/tst_devicesync.cpp).
#include "deviceenrolment.h"
#include "inbox.h"
#include "outbox.h"
#include "packetcodec.h"
#include "vault.h"

#include <QCborArray>
#include <QTemporaryDir>

#include <memory>

namespace safehaven::test {

inline constexpr qint64 kDayNow = 1'800'000'000'000;

class DeviceFixture
{
public:
    // A fresh vault; enrolled unless told otherwise. ok() says whether it worked.
    explicit DeviceFixture(bool enrolled = true)
    {
        m_council = sync::KeyPairs::generate();
        auto key = SecureBuffer::random(32);
        auto vault = Vault::create(m_dir.filePath(QStringLiteral("vault.db")), key.bytes());
        if (!vault)
            return;
        m_vault = std::move(vault).value();
        if (!enrolled) {
            m_ok = true;
            return;
        }
        m_enrolment.councilName = QStringLiteral("Northshire Council");
        m_enrolment.councilBoxPublic = m_council.boxPublic;
        m_enrolment.councilSignPublic = m_council.signPublic;
        m_enrolment.relayUrl = QUrl(QStringLiteral("https://127.0.0.1:1/"));
        m_enrolment.relayCertificatePem = "pem";
        m_enrolment.deviceId = QStringLiteral("a1b2c3d4e5f60718293a4b5c");
        m_enrolment.clientCertificatePem = "cert";
        m_enrolment.clientKeyPem = "key";
        m_enrolment.registrationToken = sync::randomBytes(32);
        m_enrolment.role = QStringLiteral("carer");
        m_enrolment.officerName = QStringLiteral("Sam Patel");
        m_enrolment.officerPhone = QStringLiteral("01632 960123");
        m_enrolment.controlChannel = sync::randomBytes(16);
        m_enrolment.breachChannel = sync::randomBytes(16);
        m_enrolment.issuedMs = kDayNow;
        m_enrolment.expiresMs = kDayNow + 14LL * 24 * 3600 * 1000;
        m_ok = sync::enrolDevice(db(), m_enrolment, kDayNow).ok();
    }

    bool ok() const { return m_ok; }
    QString dir() const { return m_dir.path(); } // holds vault.db
    Database &db() { return m_vault->database(); }
    const sync::KeyPairs &council() const { return m_council; }

    // A packet sealed and signed by the council for this device, next in sequence.
    QByteArray fromCouncil(sync::PacketType type, const QCborMap &metadata)
    {
        auto identity = sync::SyncStore(db()).identity();
        if (!identity)
            qFatal("no identity");
        sync::OutgoingPacket packet;
        packet.type = type;
        packet.sender = sync::councilPartyId();
        packet.recipient = QByteArray::fromHex(m_enrolment.deviceId.toLatin1());
        packet.channel = m_enrolment.controlChannel;
        packet.sequence = ++m_councilSequence;
        packet.createdMs = kDayNow;
        packet.metadata = metadata;
        auto sealed = sync::sealPacket(packet, m_council.signSecret, identity->keys.boxPublic);
        if (!sealed)
            qFatal("seal failed");
        return sealed->bytes;
    }

    Result<sync::InboundResult> deliver(sync::PacketType type, const QCborMap &metadata,
                                        qint64 nowMs = kDayNow)
    {
        return sync::Inbox(db()).accept(fromCouncil(type, metadata), nowMs);
    }

    QCborMap channelOpen(const QByteArray &id, const QStringList &types, qint64 expiresMs = 0)
    {
        QCborMap map{{QStringLiteral("id"), id},
                     {QStringLiteral("purpose"), QStringLiteral("Checklist audit")},
                     {QStringLiteral("types"), QCborArray::fromStringList(types)}};
        if (expiresMs)
            map.insert(QStringLiteral("expires"), expiresMs);
        return map;
    }

    // Outbox items of one type, with their metadata opened as the council would.
    QList<QCborMap> outboxMetadata(const QString &type, QList<QByteArray> *channels = nullptr)
    {
        QList<QCborMap> found;
        auto items = sync::Outbox(db()).all();
        if (!items)
            return found;
        for (const sync::OutboxItem &item : *items) {
            if (item.type != type)
                continue;
            auto header = sync::decodeHeader(item.bytes);
            if (!header)
                continue;
            auto metadata = sync::openPacket(item.bytes, *header, m_council);
            if (!metadata)
                continue;
            found << *metadata;
            if (channels)
                *channels << header->channel;
        }
        return found;
    }

    int count(const char *sql)
    {
        auto n = db().queryInt(sql);
        return n ? int(*n) : -1;
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Vault> m_vault;
    sync::KeyPairs m_council;
    sync::Enrolment m_enrolment;
    quint64 m_councilSequence = 0;
    bool m_ok = false;
};

} // namespace safehaven::test
