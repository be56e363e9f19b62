/* libxml2's parser messages reworded for bank authors: what is wrong and how to fix it. The
 * words are chosen by the error's code and data, never by libxml2's English sentence, so an
 * update of libxml2 cannot garble them; a code not listed here keeps libxml2's own words. */
#include <stdio.h>
#include <string.h>

#include <libxml/xmlerror.h>

#include "herocity/alloc.h"
#include "loader_internal.h"

static const struct {
    int code;
    const char *message;
} plain_words[] = {
    {XML_ERR_ATTRIBUTE_NOT_STARTED,
     "an attribute value must be in straight quotes, like correct=\"true\""},
    {XML_ERR_HYPHEN_IN_COMMENT, "a comment (<!-- ... -->) cannot contain --"},
    {XML_ERR_ATTRIBUTE_WITHOUT_VALUE, "an attribute needs a value, like correct=\"true\""},
    /* "attributes construct error": a start tag goes on where it should have ended. */
    {XML_ERR_SPACE_REQUIRED, "a tag is not closed properly: check its quotes and its '>'"},
    {XML_ERR_GT_REQUIRED, "a tag is not closed properly: check its quotes and its '>'"},
    {XML_ERR_ENTITYREF_SEMICOL_MISSING,
     "a lone '&' must be written &amp; (or the entity lacks its ';')"},
    {XML_ERR_LT_IN_ATTRIBUTE, "write '<' as &lt; inside an attribute value"},
    {XML_ERR_DOCUMENT_END, "there is more after the end of the bank; a file holds one <bank>"},
    {XML_ERR_DOCUMENT_EMPTY, "the file is empty or is not XML"},
};

char *loader_own_words(const xmlError *err)
{
    char *raw = hc_strdup(err->message ? err->message : "unknown XML error");
    if (!raw)
        return NULL;
    size_t len = strlen(raw);
    while (len > 0 && (raw[len - 1] == '\n' || raw[len - 1] == ' '))
        raw[--len] = '\0';
    return raw;
}

char *loader_parser_message(const xmlError *err, char before)
{
    for (size_t i = 0; i < sizeof plain_words / sizeof plain_words[0]; i++)
        if (err->code == plain_words[i].code)
            return hc_strdup(plain_words[i].message);
    switch (err->code) {
    case XML_ERR_INVALID_CHAR:
        /* An undecodable byte comes with its bytes in str1; a character XML forbids, without. */
        if (err->str1)
            return hc_strdup("the file is not saved as UTF-8; save it as UTF-8 in your editor");
        break;
    case XML_ERR_NAME_REQUIRED:
        /* No name where one must follow: after a '<' (a tag) or an '&' (an entity). */
        if (before == '<')
            return hc_strdup("a '<' that does not start a tag must be written &lt;");
        if (before == '&')
            return hc_strdup("a lone '&' must be written &amp; (or the entity lacks its ';')");
        break;
    case XML_ERR_TAG_NAME_MISMATCH:
        if (err->str1 && err->str2)
            return hc_strprintf("the end tag </%s> does not match the start tag <%s> on line %d",
                                err->str2, err->str1, err->int1);
        break;
    case XML_ERR_TAG_NOT_FINISHED:
        if (err->str1)
            return hc_strprintf("the file ends before <%s> (opened on line %d) is closed",
                                err->str1, err->int1);
        break;
    case XML_ERR_UNDECLARED_ENTITY:
        if (err->str1)
            return hc_strprintf("&%s; is not known in XML; type the character itself (XML knows "
                                "only &amp; &lt; &gt; &quot; &apos;)",
                                err->str1);
        break;
    default: break;
    }
    return loader_own_words(err);
}
