# Runs `yuegao check` as a user would: on the seeds, with a house-style
# file, on input it must refuse, and with bad usage; checks the JSON's
# documented fields, stderr and exit status.
file(REMOVE_RECURSE "${WORKDIR}")
file(MAKE_DIRECTORY "${WORKDIR}")
file(GLOB seeds "${SEEDS}/*.txt")
list(SORT seeds)

# The condition is re-parsed by EVAL, so "status EQUAL 0" becomes three
# arguments of if() rather than one string.
function(expect condition text)
    cmake_language(EVAL CODE "if(NOT (${condition}))\n set(failed TRUE)\nendif()")
    if(failed)
        message(FATAL_ERROR "${text}")
    endif()
endfunction()

# 1. Every seed, as JSON: exit 0, one document per page, the fixed fields.
execute_process(COMMAND "${YUEGAO}" check --json ${seeds}
    RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
expect("status EQUAL 0" "check --json on the seeds exited ${status}: ${err}")
string(JSON documents LENGTH "${out}" documents)
expect("documents EQUAL 5" "expected 5 documents, got ${documents}")
set(total 0)
set(found_traditional FALSE)
set(found_latin FALSE)
foreach(d RANGE 4)
    string(JSON path GET "${out}" documents ${d} path)
    list(GET seeds ${d} expected_path)
    expect("path STREQUAL expected_path" "document ${d} is ${path}, expected ${expected_path}")
    string(JSON count LENGTH "${out}" documents ${d} warnings)
    math(EXPR total "${total} + ${count}")
    if(count GREATER 0)
        math(EXPR last "${count} - 1")
        foreach(w RANGE ${last})
            foreach(field check severity message start end quote suggestion id)
                string(JSON value ERROR_VARIABLE missing GET "${out}" documents ${d} warnings ${w} ${field})
                expect("NOT missing" "warning ${w} of ${path} lacks \"${field}\": ${missing}")
            endforeach()
            string(JSON severity GET "${out}" documents ${d} warnings ${w} severity)
            expect("severity MATCHES \"^(error|warning|info)$\"" "bad severity ${severity}")
            string(JSON check GET "${out}" documents ${d} warnings ${w} check)
            string(JSON quote GET "${out}" documents ${d} warnings ${w} quote)
            string(JSON start GET "${out}" documents ${d} warnings ${w} start)
            string(JSON end GET "${out}" documents ${d} warnings ${w} end)
            expect("start LESS end" "empty range ${start}-${end} for ${check}")
            if(check STREQUAL "script.traditional" AND quote STREQUAL "場")
                set(found_traditional TRUE)
                # The quote stands in the page between its context. (CMake
                # counts bytes, so the code-point offsets themselves are
                # checked by tst_copychecks and tst_segmentationjson.)
                string(JSON prefix GET "${out}" documents ${d} warnings ${w} prefix)
                string(JSON suffix GET "${out}" documents ${d} warnings ${w} suffix)
                file(READ "${path}" page)
                string(FIND "${page}" "${prefix}${quote}${suffix}" at)
                expect("NOT at EQUAL -1" "\"${prefix}${quote}${suffix}\" is not in ${path}")
                expect("start LESS_EQUAL at" "offset ${start} is not in code points (byte offset ${at})")
            endif()
            if(check STREQUAL "script.latin_word")
                string(JSON suggestion GET "${out}" documents ${d} warnings ${w} suggestion)
                expect("suggestion STREQUAL \"和\"" "\"and\" should become 和, got ${suggestion}")
                set(found_latin TRUE)
            endif()
        endforeach()
    endif()
endforeach()
expect("found_traditional" "市場 in page 001 was not reported")
expect("found_latin" "\"精神 and 扎实推进\" in page 004 was not reported")
expect("total GREATER 10 AND total LESS 80" "implausible number of warnings on the seeds: ${total}")

# 2. The readable list names pages, articles and checks.
execute_process(COMMAND "${YUEGAO}" check ${seeds}
    RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
expect("status EQUAL 0" "check on the seeds exited ${status}")
foreach(text "punctuation.halfwidth" "湖北省武汉市 | 深化更高水平创建工作" "→ 「场」" "Warnings by check:")
    string(FIND "${out}" "${text}" found)
    expect("NOT found EQUAL -1" "the list lacks \"${text}\":\n${out}")
endforeach()

# 3. A house-style file replaces the default list.
file(WRITE "${WORKDIR}/style.txt" "# test list\n蝶变 => 巨变  # 本报不用\n")
execute_process(COMMAND "${YUEGAO}" check --json --house-style "${WORKDIR}/style.txt" "${SEEDS}/000_e282ff9c88fb90cf.txt"
    RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
expect("status EQUAL 0" "check --house-style exited ${status}: ${err}")
string(FIND "${out}" "\"suggestion\": \"巨变\"" found)
expect("NOT found EQUAL -1" "the house-style entry was not applied:\n${out}")

# 4. Bad input among good: refused with a message, the rest still checked, exit 1.
file(WRITE "${WORKDIR}/empty.txt" "")
execute_process(COMMAND "${YUEGAO}" check --json "${WORKDIR}/empty.txt" "${WORKDIR}/missing.txt" ${seeds}
    RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
expect("status EQUAL 1" "refused input should exit 1, got ${status}")
string(JSON documents LENGTH "${out}" documents)
expect("documents EQUAL 5" "the good pages must still be checked (got ${documents})")
foreach(name empty.txt missing.txt)
    string(FIND "${err}" "${name}" found)
    expect("NOT found EQUAL -1" "stderr does not name ${name}:\n${err}")
endforeach()

# 5. Usage errors exit 2.
execute_process(COMMAND "${YUEGAO}" check RESULT_VARIABLE status OUTPUT_QUIET ERROR_QUIET)
expect("status EQUAL 2" "no files should be a usage error, got ${status}")
execute_process(COMMAND "${YUEGAO}" check --no-such-option ${seeds} RESULT_VARIABLE status OUTPUT_QUIET ERROR_QUIET)
expect("status EQUAL 2" "an unknown option should be a usage error, got ${status}")
execute_process(COMMAND "${YUEGAO}" check --house-style "${WORKDIR}/missing-style.txt" ${seeds}
    RESULT_VARIABLE status OUTPUT_QUIET ERROR_QUIET)
expect("status EQUAL 2" "a missing house-style file should be a usage error, got ${status}")
execute_process(COMMAND "${YUEGAO}" check --list-checks RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_QUIET)
expect("status EQUAL 0" "--list-checks exited ${status}")
string(FIND "${out}" "structure.corpus_duplicate" found)
expect("NOT found EQUAL -1" "--list-checks lacks the corpus check:\n${out}")
message(STATUS "cli_check: all checks passed")
