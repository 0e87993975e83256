# bash completion for gong-directory                      -*- shell-script -*-
# SPDX-License-Identifier: MIT
#
# Commands, options, --format, --scale, --paper and --theme values, --columns keys (as comma lists) and --profile names (read from the app's
# settings file; the keychain is never asked). Self-contained: needs no bash-completion helpers.
# packaging/check-completion.sh checks the lists below against the binary's own `--help`, `help <command>` and
# `export --columns help`: a command or option added to the binary fails that test until it is added here.

# The options of the window (no command) or of one command.
_gong_directory_options()
{
    case $1 in
    '') echo "-h --help -v --version --demo --base-url --include-avatars --rate --verbose" ;;
    export) echo "-h --help -v --version --demo --base-url --include-avatars --rate --profile --query --format
                  --columns --no-bom --formula-guard --header --compact -o --output -q --quiet --verbose
                  --timeout --no-store --offline --max-age" ;;
    snapshots) echo "-h --help -v --version --demo --base-url --include-avatars --rate --profile --format" ;;
    changes) echo "-h --help -v --version --demo --base-url --include-avatars --rate --profile --since --refresh
                  --format --no-bom --compact -o --output -q --quiet --verbose" ;;
    reconcile) echo "-h --help -v --version --demo --base-url --include-avatars --rate --profile -q --quiet --verbose
                    --offline --max-age --input --column --format --no-bom -o --output" ;;
    chart) echo "-h --help -v --version --demo --base-url --include-avatars --rate --profile -q --quiet --verbose
                --offline --max-age --root --depth --format -o --output --scale --paper --theme" ;;
    help) echo "-h --help -v --version" ;;
    esac
}

_gong_directory_commands="export snapshots changes reconcile chart help"

# Options followed by a value (a separate word): the value is not a command or an option to complete.
_gong_directory_takes_value()
{
    case $1 in
    --base-url | --rate | --profile | --query | --format | --columns | -o | --output | --timeout | --max-age | \
        --since | --input | --column | --formula-guard | --header | --root | --depth | --scale | --paper | --theme) return 0 ;;
    esac
    return 1
}

# --format's values for a command.
_gong_directory_formats()
{
    case $1 in
    export) echo "csv json vcard" ;;
    snapshots) echo "text json" ;;
    changes | reconcile) echo "csv json" ;;
    chart) echo "svg png pdf" ;;
    esac
}

# --columns' keys (`gong-directory export --columns help`).
_gong_directory_columns="fullName firstName lastName emailAddress title managerName managerEmail managerChain active
    phoneNumber extension primaryLanguage languages directReports totalReports created emailAliases
    trustedEmailAddress personalMeetingUrls meetingConsentPageUrl managerId id settings.webConferencesRecorded
    settings.preventWebConferenceRecording settings.telephonyCallsImported settings.emailsImported
    settings.preventEmailImport settings.nonRecordedMeetingsImported settings.gongConnectEnabled"

# The names of the saved connections, one a line. QSettings keeps them in an INI file, one "<id>\name=<name>" key
# per connection in [connections]; a value is quoted when it holds , ; = or blanks at its ends, \ escapes, and a
# leading @ is doubled.
_gong_directory_profiles()
{
    local file=${XDG_CONFIG_HOME:-$HOME/.config}/GongDirectory/gong-directory.conf
    [[ -r $file ]] || return 0
    local line section= value name c i
    while IFS= read -r line || [[ -n $line ]]; do
        line=${line%$'\r'}
        if [[ $line == \[*\] ]]; then
            section=${line:1:${#line}-2}
            continue
        fi
        [[ $section == connections && $line == *'\name='* ]] || continue
        value=${line#*'\name='}
        value=${value#"${value%%[![:space:]]*}"}
        value=${value%"${value##*[![:space:]]}"}
        [[ $value == @@* ]] && value=${value:1}
        name=
        for ((i = 0; i < ${#value}; i++)); do
            c=${value:i:1}
            if [[ $c == '"' ]]; then
                continue # quotes only keep , ; = and blanks inside the value
            elif [[ $c == '\' ]]; then
                ((i++))
                c=${value:i:1}
                case $c in
                t) name+=$'\t' ;;
                n) name+=$'\n' ;;
                r) name+=$'\r' ;;
                *) name+=$c ;;
                esac
            else
                name+=$c
            fi
        done
        printf '%s\n' "$name"
    done <"$file"
}

_gong_directory()
{
    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD - 1]}
    local command=
    COMPREPLY=()
    # "--format=js" arrives as "--format" "=" "js" (= is a word break).
    if [[ $cur == = ]]; then
        cur=
    elif [[ $prev == = && COMP_CWORD -ge 2 ]]; then
        prev=${COMP_WORDS[COMP_CWORD - 2]}
    fi
    [[ COMP_CWORD -gt 1 && ${COMP_WORDS[1]} != -* ]] && command=${COMP_WORDS[1]}

    case $prev in
    --format)
        mapfile -t COMPREPLY < <(compgen -W "$(_gong_directory_formats "$command")" -- "$cur")
        return 0
        ;;
    --formula-guard)
        mapfile -t COMPREPLY < <(compgen -W "auto always never" -- "$cur")
        return 0
        ;;
    --header)
        mapfile -t COMPREPLY < <(compgen -W "keys titles" -- "$cur")
        return 0
        ;;
    --columns)
        # A comma list: complete the last key, keep what is typed before it, leave out keys already there.
        local typed=${cur%,*} last=${cur##*,} key keys=
        [[ $cur == *,* ]] && typed+=, || typed=
        for key in $_gong_directory_columns; do
            [[ ,$typed == *,$key,* ]] || keys+=" $key"
        done
        [[ -z $typed ]] && keys+=" help"
        mapfile -t COMPREPLY < <(compgen -P "$typed" -W "$keys" -- "$last")
        compopt -o nospace 2>/dev/null
        return 0
        ;;
    --profile)
        local partial=${cur//\\/} name
        partial=${partial#[\"\']}
        while IFS= read -r name; do
            [[ $name == "$partial"* ]] && COMPREPLY+=("$(printf '%q' "$name")")
        done < <(_gong_directory_profiles)
        return 0
        ;;
    --scale | --paper | --theme)
        local values
        case $prev in
        --scale) values="1 2 4" ;;
        --paper) values="a4 letter" ;;
        --theme) values="light dark" ;;
        esac
        mapfile -t COMPREPLY < <(compgen -W "$values" -- "$cur")
        return 0
        ;;
    -o | --output)
        mapfile -t COMPREPLY < <(compgen -f -- "$cur")
        compopt -o filenames 2>/dev/null
        return 0
        ;;
    esac
    _gong_directory_takes_value "$prev" && return 0

    if [[ COMP_CWORD -eq 1 ]]; then
        if [[ $cur == -* ]]; then
            mapfile -t COMPREPLY < <(compgen -W "$(_gong_directory_options '')" -- "$cur")
        else
            mapfile -t COMPREPLY < <(compgen -W "$_gong_directory_commands" -- "$cur")
        fi
        return 0
    fi
    if [[ $command == help && COMP_CWORD -eq 2 && $cur != -* ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$_gong_directory_commands" -- "$cur")
        return 0
    fi
    if [[ $cur == -* || -n $command ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$(_gong_directory_options "$command")" -- "$cur")
    fi
    return 0
} &&
    complete -F _gong_directory gong-directory
