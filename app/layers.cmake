# SPDX-License-Identifier: MIT
# The layers of the GUI-free core, lowest first, and the layers each one uses. Each folder of app/ is one static
# library (gongdir_<layer>) that links exactly the layers named here, and can include only their headers (see
# gongdir_add_layer in app/CMakeLists.txt). The policy test tests/policy/layers.cmake reads this same file, so the
# build and the check cannot disagree. A layer may only use layers listed before it.
#
#   cli ─────────────────────────────────────────┐  headless commands (export, chart, …): ConnectionOptions, ExportCommand
#   chart ──► directory, export                  │  org chart picture: layout, painting (QtGui), SVG/PNG/PDF (QtSvg)
#   export ──► directory                         │  writers (CSV, JSON, vCard), atomic files
#   demo ──► credentials                         │  DemoServer, the synthetic company (stands in for Gong)
#   api ──► directory, credentials               │  GongClient, UserPager, DirectoryLoader: network → pages → Directory
#   models ──► search, directory                 │  UserTableModel, UserFilterModel, OrgTreeModel (Qt item models)
#   search ──► directory                         │  UserQuery, UserMatcher, facets, saved views
#   directory                                    │  User, Directory, its search index and text folding, columns
#   credentials                                  │  Credentials, profiles (QSettings), secrets (keychain)
#   i18n                                        ◄┘  translations
set(GONGDIR_LAYERS i18n credentials directory search models api demo export chart cli)
set(GONGDIR_LAYER_USES_i18n "")
set(GONGDIR_LAYER_USES_credentials "")
set(GONGDIR_LAYER_USES_directory "")
set(GONGDIR_LAYER_USES_search directory)
set(GONGDIR_LAYER_USES_models directory search)
set(GONGDIR_LAYER_USES_api credentials directory)
set(GONGDIR_LAYER_USES_demo credentials)
set(GONGDIR_LAYER_USES_export directory)
set(GONGDIR_LAYER_USES_chart directory export)
set(GONGDIR_LAYER_USES_cli i18n credentials directory search api demo export chart)
