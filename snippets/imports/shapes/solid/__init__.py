from ..square import Square


def cube_volume(side):
    return Square(side).area() * side
