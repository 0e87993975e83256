// SPDX-License-Identifier: MIT
// Loading 100,000 demo users and then refreshing twice must not grow the heap beyond the first load (+10 %):
// a refresh replaces what it loads and drops what is gone, it never accumulates. Measured on the live heap
// (glibc's mallinfo2), which unlike RSS does not count memory the allocator merely keeps around.
#include "api/directoryloader.h"
#include "api/gongclient.h"
#include "demo/demoorggenerator.h"
#include "demo/demoserver.h"
#include "directory/directory.h"

#include <QSignalSpy>
#include <QTest>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace {
#if defined(__SANITIZE_ADDRESS__)
constexpr bool HeapStatisticsAvailable = false; // ASan owns the heap; LeakSanitizer checks for leaks instead
#elif defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 33))
constexpr bool HeapStatisticsAvailable = true;
#else
constexpr bool HeapStatisticsAvailable = false;
#endif

qint64 liveHeapBytes()
{
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 33))
    const struct mallinfo2 info = mallinfo2();
    return qint64(info.uordblks) + qint64(info.hblkhd);
#else
    return 0;
#endif
}
} // namespace

class TestMemory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refreshDoesNotGrow()
    {
        if (!HeapStatisticsAvailable)
            QSKIP("no heap statistics in this build (ASan, or not glibc)");
        constexpr int userCount = 100000;
        DemoServer server;
        {
            DemoOrgOptions options;
            options.userCount = userCount;
            options.avatarCount = 0;
            server.setUsers(DemoOrgGenerator(options).users());
        }
        QVERIFY(server.listen());

        GongClient client;
        client.setBaseUrl(server.baseUrl());
        Credentials credentials;
        credentials.accessKey = DemoServer::defaultAccessKey();
        credentials.accessKeySecret = DemoServer::defaultSecret();
        client.setCredentials(credentials);
        Directory directory;
        DirectoryLoader loader(&client, &directory);
        loader.pager()->setRequestsPerSecond(0); // unpaced: the server has no limit here
        QSignalSpy finished(&loader, &DirectoryLoader::finished);

        QList<qint64> heap;
        for (int load = 0; load < 3; ++load) {
            loader.load();
            QTRY_COMPARE_WITH_TIMEOUT(finished.size(), load + 1, 240000);
            QCOMPARE(directory.count(), userCount);
            QTRY_VERIFY(client.networkAccessManager()->findChildren<QObject*>().size() < 10);
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
            heap << liveHeapBytes();
        }
        qInfo() << "live heap after the first load and two refreshes (MB):" << heap.at(0) / 1048576
                << heap.at(1) / 1048576 << heap.at(2) / 1048576;
        QVERIFY2(heap.at(1) <= heap.at(0) * 11 / 10, "the first refresh grew the heap by more than 10 %");
        QVERIFY2(heap.at(2) <= heap.at(0) * 11 / 10, "the second refresh grew the heap by more than 10 %");
    }
};

QTEST_GUILESS_MAIN(TestMemory)
#include "tst_memory.moc"
