print('single', "double", '''triple single''', """triple double""")
print("a" "b" 'c')
print("tab:\tend", "nl:\\n", "quote:\"", 'apos:\'')
print("hex:\x41", "oct:\101", "uni:\u00e9", "wide:\U0001F600")
print(r"raw\n\t", R"RAW\x")
print("""multi
line""")
print("bell" + "\a" == "bell\x07", len("\0"))
print("back\\slash", "cont\
inued")
