// SPDX-License-Identifier: MIT
#pragma once

class QUrl;

// Told about every request that goes out to Gong (each send on the wire, the network stack's silent resends
// included: Gong counts those against the daily quota too). GongClient calls it; the offline store implements it
// (RequestLog), so the API layer does not depend on the store. Called on the client's thread; must not block.
class RequestCounter
{
public:
    virtual ~RequestCounter();
    virtual void requestSent(const QUrl& baseUrl) = 0;

    // The counter of clients that were not given one (GongClient::setRequestCounter): the app and the command
    // line set it once, so that every request they make is counted. Not owned; nullptr to stop counting.
    static void setDefault(RequestCounter* counter);
    static RequestCounter* defaultCounter();
};
