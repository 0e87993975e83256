# SPDX-License-Identifier: MIT
# The layers of the GUI-free core, lowest first, and the layers each one uses. Each folder of app/ is one static
# library (gongdir_<layer>) that links exactly the layers named here, and can include only their headers (see
# gongdir_add_layer in app/CMakeLists.txt). The policy test tests/policy/layers.cmake reads this same file, so the
# build and the check cannot disagree. A layer may only use layers listed before it.
#
#   cli ─────────────────────────────────────────┐  headless commands (export, chart, snapshots, changes, …)
#   chart ──► directory, export                  │  org chart picture: layout, painting (QtGui), SVG/PNG/PDF (QtSvg)
#   export ──► directory, base                   │  writers (CSV, JSON, vCard, changes), atomic owner-only files
#   demo ──► credentials, base                   │  DemoServer, the synthetic company (stands in for Gong)
#   store ──► api, directory, credentials, base  │  the offline copy (SQLite): snapshots, history, changes, request log
#   api ──► directory, credentials, base         │  GongClient, UserPager, DirectoryLoader: network → pages → Directory
#   models ──► search, audit, directory          │  UserTableModel, UserFilterModel, OrgTreeModel (Qt item models)
#   search ──► directory, audit                  │  UserQuery, UserMatcher, facets, saved views
#   audit ──► directory, base                    │  health checks, settings by team, reconcile a list
#   directory ──► base                           │  User, Directory, its search index and text folding, columns
#   credentials                                  │  Credentials, profiles (QSettings), secrets (keychain)
#   i18n                                         │  translations
#   base                                        ◄┘  text safe to show (SafeText), owner-only files, parallelChunks
set(GONGDIR_LAYERS base i18n credentials directory audit search models api store demo export chart cli)
set(GONGDIR_LAYER_USES_base "")
set(GONGDIR_LAYER_USES_i18n "")
set(GONGDIR_LAYER_USES_credentials "")
set(GONGDIR_LAYER_USES_directory base)
set(GONGDIR_LAYER_USES_audit base directory)
set(GONGDIR_LAYER_USES_search directory audit)
set(GONGDIR_LAYER_USES_models directory audit search)
set(GONGDIR_LAYER_USES_api base credentials directory)
set(GONGDIR_LAYER_USES_store base credentials directory api)
set(GONGDIR_LAYER_USES_demo base credentials)
set(GONGDIR_LAYER_USES_export base directory)
set(GONGDIR_LAYER_USES_chart directory export)
set(GONGDIR_LAYER_USES_cli base i18n credentials directory audit search api store demo export chart)
