config = {"name": "snippy", "version":}
print(config)
