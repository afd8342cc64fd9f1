# Runs `yuegao search` as a user would: on the seeds (files and a folder),
# with traditional and full-width queries, fields, a kept index, a malformed
# query and bad usage; checks output, stderr and exit status.
file(REMOVE_RECURSE "${WORKDIR}")
file(MAKE_DIRECTORY "${WORKDIR}")
file(GLOB seeds "${SEEDS}/*.txt")
list(SORT seeds)

macro(expect message)
    if(NOT (${ARGN}))
        message(FATAL_ERROR "${message}")
    endif()
endmacro()

# search(QUERY [ARGS...]): runs search --json over the seed folder; sets
# status, out, err and matched.
macro(search query)
    execute_process(COMMAND "${YUEGAO}" search --json ${ARGN} "${SEEDS}" "${query}"
        RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
    expect("search '${query}' exited ${status}: ${err}" status EQUAL 0)
    string(JSON matched GET "${out}" matched)
endmacro()

# 1. Simplified and traditional queries find the same articles.
search("市场")
set(simplified "${matched}")
expect("市场 should match something" simplified GREATER 0)
search("市場")
expect("市場 matched ${matched}, 市场 ${simplified}" matched EQUAL simplified)
string(JSON articles GET "${out}" articles)
expect("the seeds have more articles than matches" articles GREATER matched)

# 2. Hits carry the field, the paragraph and code-point offsets.
search("\"全国文明城市\"")
expect("the phrase should match" matched GREATER 0)
string(JSON field GET "${out}" matches 0 hits 0 field)
string(JSON hit GET "${out}" matches 0 hits 0 text)
expect("hit text is '${hit}'" hit STREQUAL "全国文明城市")
string(JSON start GET "${out}" matches 0 hits 0 start)
string(JSON end GET "${out}" matches 0 hits 0 end)
math(EXPR length "${end} - ${start}")
expect("a six-character hit spans ${length} code points" length EQUAL 6)

# 3. Full-width and half-width digits, one character, fields.
search("2021")
set(halfwidth "${matched}")
search("２０２１")
expect("２０２１ matched ${matched}, 2021 ${halfwidth}" matched EQUAL halfwidth)
search("城")
set(one "${matched}")
search("城 -kind:article")
set(notArticles "${matched}")
search("城 kind:article")
math(EXPR both "${matched} + ${notArticles}")
expect("kind:article and -kind:article should split 城's ${one} matches" both EQUAL one)
search("chars:>100000")
expect("no article is that long" matched EQUAL 0)
search("kind:editor_note OR page:1")
expect("editor's notes or page 1" matched GREATER 0)

# 4. A kept index: built once, reused, and the answers do not change.
search("市场 OR 城市" --index "${WORKDIR}/index")
set(first "${matched}")
expect("the index was not written" EXISTS "${WORKDIR}/index/manifest.json")
file(GLOB segments "${WORKDIR}/index/segment-*.ygs")
list(LENGTH segments count)
expect("one segment expected, got ${count}" count EQUAL 1)
file(TIMESTAMP "${segments}" written)
search("市场 OR 城市" --index "${WORKDIR}/index")
expect("reused index answered ${matched}, fresh ${first}" matched EQUAL first)
file(TIMESTAMP "${segments}" again)
expect("the segment was rewritten" written STREQUAL again)

# 5. Readable output names the articles.
execute_process(COMMAND "${YUEGAO}" search ${seeds} "乌兰县"
    RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
expect("plain search exited ${status}" status EQUAL 0)
string(FIND "${out}" "爱心+" found)
expect("the 乌兰县 article is missing:\n${out}" NOT found EQUAL -1)

# 6. A malformed query: exit 2, the problem and its column on stderr.
execute_process(COMMAND "${YUEGAO}" search "${SEEDS}" "城市 (文明"
    RESULT_VARIABLE status OUTPUT_QUIET ERROR_VARIABLE err)
expect("a malformed query should exit 2, got ${status}" status EQUAL 2)
string(FIND "${err}" "column 4" found)
expect("stderr should name column 4:\n${err}" NOT found EQUAL -1)
execute_process(COMMAND "${YUEGAO}" search "${SEEDS}" "tga:x" RESULT_VARIABLE status OUTPUT_QUIET ERROR_VARIABLE err)
expect("an unknown field should exit 2, got ${status}" status EQUAL 2)

# 7. Usage and input errors.
execute_process(COMMAND "${YUEGAO}" search "城" RESULT_VARIABLE status OUTPUT_QUIET ERROR_QUIET)
expect("a query without pages should be a usage error, got ${status}" status EQUAL 2)
execute_process(COMMAND "${YUEGAO}" search --json "${WORKDIR}/missing.txt" ${seeds} "城"
    RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
expect("a missing page should exit 1, got ${status}" status EQUAL 1)
string(JSON errors LENGTH "${out}" errors)
expect("one refusal expected, got ${errors}" errors EQUAL 1)
message(STATUS "cli_search: all checks passed")
