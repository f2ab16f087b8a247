print('Hello, Azlno')
