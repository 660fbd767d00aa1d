#!/usr/bin/env python3
# Usage: git show HEAD:translations/hotel_portal_ko.ts > /tmp/old.ts; cmake --build --preset ci --target
# hotel-portal_lupdate; translations/carry-translations.py /tmp/old.ts translations/hotel_portal_ko.ts
# Carries finished translations from an old .ts into messages that a re-layout left unfinished (their
# context, the class name, changed): matched by source text and comment, whatever the old context.
import re, sys
old_path, new_path = sys.argv[1], sys.argv[2]
msg_re = re.compile(r'(<message(?: numerus="yes")?>)(.*?)(</message>)', re.S)
ctx_re = re.compile(r'<context>\s*<name>(.*?)</name>(.*?)</context>', re.S)

def key(body):
    src = re.search(r'<source>(.*?)</source>', body, re.S).group(1)
    com = re.search(r'<comment>(.*?)</comment>', body, re.S)
    return (src, com.group(1) if com else None)

def translation(body):
    return re.search(r'<translation[^>]*>.*?</translation>|<translation[^>]*/>', body, re.S).group(0)

old = {}
for ctx, content in ctx_re.findall(open(old_path, encoding='utf-8').read()):
    for head, body, tail in msg_re.findall(content):
        t = translation(body)
        if 'type="unfinished"' in t or 'type="vanished"' in t or 'type="obsolete"' in t:
            continue
        old.setdefault(key(body), {})[ctx] = t

text = open(new_path, encoding='utf-8').read()
carried = missing = 0
def fix(m):
    global carried, missing
    head, body, tail = m.groups()
    t = translation(body)
    if 'type="unfinished"' not in t:
        return m.group(0)
    candidates = old.get(key(body))
    if not candidates:
        missing += 1
        return m.group(0)
    # The same translation in every old context, or the one of the class the code came from.
    choices = set(candidates.values())
    chosen = sorted(choices)[0] if len(choices) == 1 else candidates.get('hotel::MainWindow', sorted(choices)[0])
    carried += 1
    return head + body.replace(t, chosen) + tail
text = msg_re.sub(fix, text)
open(new_path, 'w', encoding='utf-8').write(text)
print(f'{new_path}: carried {carried}, still unfinished without an old translation {missing}')
