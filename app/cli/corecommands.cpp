// SPDX-License-Identifier: MIT
#include "corecommands.h"

#include "commandline.h"
#include "exportcommand.h"

void CoreCommands::registerAll()
{
    CommandLine::add(ExportCommand::command());
}
