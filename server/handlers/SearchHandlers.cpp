// GET /hotels/search: answered by the in-memory search when it is on, else by the store's SQL search.
#include "server/SliceSearch.h"
#include "server/handlers/Handlers.h"
#include "store/Store.h"

namespace hotel::handlers {

namespace {

HttpReply answer(const Call &call, const SearchQuery &query) {
    SliceSearch *memory = call.search;
    if (!memory || !memory->enabled())
        return reply(call.reads.searchHotels(query));
    const QString key = SliceSearch::keyFor(query);
    if (auto body = memory->find(key))
        return {200, *body, "application/json"};
    const auto ticket = memory->ticket(SliceSearch::tagsFor(query));
    HttpReply computed =
        reply(memory->canSearch(query) ? memory->search(call.reads, query) : call.reads.searchHotels(query));
    if (computed.status == 200)
        memory->insert(key, ticket, computed.body);
    return computed;
}

} // namespace

HttpReply search(const Call &call) {
    return ifRead(json::searchQueryFrom(call.request.query),
                  [&](const SearchQuery &query) { return answer(call, query); });
}

} // namespace hotel::handlers
