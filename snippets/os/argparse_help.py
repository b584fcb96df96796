# argparse writes the usage and help text itself; --help prints it and exits.
import argparse

parser = argparse.ArgumentParser(
    prog="resize",
    description="Resize images, keeping their aspect ratio unless told otherwise.",
    epilog="Example: resize -w 640 photo.jpg",
)
parser.add_argument("images", nargs="+", metavar="IMAGE", help="the images to resize")
parser.add_argument("-w", "--width", type=int, help="the new width in pixels")
parser.add_argument("-q", "--quality", type=int, default=85, help="JPEG quality (default: %(default)s)")
group = parser.add_mutually_exclusive_group()
group.add_argument("--keep", action="store_true", help="keep the aspect ratio")
group.add_argument("--stretch", action="store_true", help="stretch to fit")
parser.add_argument("--version", action="version", version="%(prog)s 1.0")

parser.print_usage()
print(parser.format_usage() == parser.format_help().split("\n\n")[0] + "\n")
parser.parse_args(["--help"])
print("not reached")
