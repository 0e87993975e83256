// SPDX-License-Identifier: MIT
#include "corecommands.h"

#include "changescommand.h"
#include "chartcommand.h"
#include "commandline.h"
#include "exportcommand.h"
#include "reconcilecommand.h"
#include "snapshotscommand.h"

void CoreCommands::registerAll()
{
    CommandLine::add(ExportCommand::command());
    CommandLine::add(SnapshotsCommand::command()); // the offline copy (issue 18)
    CommandLine::add(ChangesCommand::command());
    CommandLine::add(ReconcileCommand::command()); // the directory audit (issue 19)
    CommandLine::add(ChartCommand::command());     // the org chart as a picture (issue 20)
}
