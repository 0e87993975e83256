// SPDX-License-Identifier: MIT
// A DemoServer holding a generated company, for tests that talk to it directly (not through a MainWindow's demo).
#pragma once

#include "demo/demoorggenerator.h"
#include "demo/demoserver.h"

#include <memory>

namespace DemoServers {

// A server (not listening yet) with `users` generated people.
inline std::unique_ptr<DemoServer> withUsers(int users)
{
    auto server = std::make_unique<DemoServer>();
    DemoOrgOptions options;
    options.userCount = users;
    server->setUsers(DemoOrgGenerator(options).users());
    return server;
}

} // namespace DemoServers
