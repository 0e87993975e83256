// SPDX-License-Identifier: MIT
#pragma once

// The subcommands of the core, registered with CommandLine in one list: a new command is one line there. (A command
// that needs a layer above the core is added in main() the same way.)
class CoreCommands
{
public:
    static void registerAll();
};
