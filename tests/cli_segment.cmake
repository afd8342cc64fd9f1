# Runs `yuegao segment` as a user would: on the seeds, on input it must
# refuse, and with bad usage; checks output, stderr and exit status.
file(REMOVE_RECURSE "${WORKDIR}")
file(MAKE_DIRECTORY "${WORKDIR}")
file(GLOB seeds "${SEEDS}/*.txt")
list(SORT seeds)

# expect(MESSAGE CONDITION...): the condition is written as for if().
macro(expect message)
    if(NOT (${ARGN}))
        message(FATAL_ERROR "${message}")
    endif()
endmacro()

# 1. Every seed, as JSON: exit 0 and one document per page.
execute_process(COMMAND "${YUEGAO}" segment --json ${seeds}
    RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
expect("segment --json on the seeds exited ${status}: ${err}" status EQUAL 0)
string(JSON documents LENGTH "${out}" documents)
expect("expected 5 documents, got ${documents}" documents EQUAL 5)
string(JSON title GET "${out}" documents 0 articles 0 title)
set(expected_title "创出一条路 蝶变一座城")
expect("first article of page 000 is \"${title}\"" title STREQUAL expected_title)
string(JSON kind GET "${out}" documents 2 articles 0 kind)
expect("page 002 should open with an editor's note, got ${kind}" kind STREQUAL "editor_note")

# 2. The outline names the articles.
execute_process(COMMAND "${YUEGAO}" segment ${seeds}
    RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
expect("segment on the seeds exited ${status}" status EQUAL 0)
string(FIND "${out}" "青海省乌兰县：「爱心+」让关爱妇女儿童工作亮点纷呈 — 吕正楷 韩学英" found)
expect("outline lacks the 乌兰县 article:\n${out}" NOT found EQUAL -1)

# 3. Bad input among good: refused with a message, the rest still printed, exit 1.
file(WRITE "${WORKDIR}/empty.txt" "")
# The program itself is a binary file that is no page.
execute_process(COMMAND "${YUEGAO}" segment --json "${WORKDIR}/empty.txt" "${WORKDIR}/missing.txt" "${WORKDIR}" "${YUEGAO}" ${seeds}
    RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
expect("refused input should exit 1, got ${status}" status EQUAL 1)
string(JSON documents LENGTH "${out}" documents)
expect("the good pages must still be printed (got ${documents})" documents EQUAL 5)
string(JSON errors LENGTH "${out}" errors)
expect("four refusals expected in the JSON, got ${errors}" errors EQUAL 4)
get_filename_component(program "${YUEGAO}" NAME)
foreach(name empty.txt missing.txt ${program})
    string(FIND "${err}" "${name}" found)
    expect("stderr does not name ${name}:\n${err}" NOT found EQUAL -1)
endforeach()

# 4. Usage errors exit 2.
execute_process(COMMAND "${YUEGAO}" segment RESULT_VARIABLE status OUTPUT_QUIET ERROR_QUIET)
expect("no files should be a usage error, got ${status}" status EQUAL 2)
execute_process(COMMAND "${YUEGAO}" segment --encoding NO-SUCH-CHARSET ${seeds} RESULT_VARIABLE status OUTPUT_QUIET ERROR_QUIET)
expect("an unknown encoding should be a usage error, got ${status}" status EQUAL 2)
execute_process(COMMAND "${YUEGAO}" segment --max-size 1K ${seeds} RESULT_VARIABLE status OUTPUT_QUIET ERROR_VARIABLE err)
expect("pages over --max-size should be refused, got ${status}" status EQUAL 1)
message(STATUS "cli_segment: all checks passed")
